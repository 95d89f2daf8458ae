import { renderLetter } from "../letter/render-letter.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import type { Format } from "../render/registry.js";
import type { TemplateSet } from "../template/load-templates.js";
import type { ToolId } from "../tools/tool-ids.js";
import { type Audience, type DocumentKind, outputName } from "./document-spec.js";
import type { PreparedDocument } from "./make-document.js";

/** One file of a centre, rendered in memory and not yet written. */
export interface RenderedFile {
  /** Relative to the output folder, with forward slashes: `clb-noord/toestemming-teams.pdf`. */
  readonly path: string;
  readonly kind: DocumentKind;
  readonly tool: ToolId;
  readonly audience: Audience;
  readonly baseName: string;
  readonly format: Format;
  /** The document's date (the manifest records it). */
  readonly date: string;
  readonly bytes: Uint8Array;
}

/**
 * Renders one checked document in one format. Refuses a document that misses a required
 * clause: that is a bug in the caller, which must have refused it already.
 */
export async function renderDocument(
  prepared: PreparedDocument,
  format: Format,
  loaded: LoadedProfile,
  templates: TemplateSet,
): Promise<RenderedFile> {
  const { spec, doc } = prepared;
  if (prepared.missing.length > 0) {
    throw new Error(`${spec.baseName} of ${loaded.file} misses required clauses`);
  }
  const bytes = await renderLetter(format, doc, loaded, templates);
  return {
    path: outputName(loaded.profile.id, spec, format),
    kind: spec.kind,
    tool: spec.tool,
    audience: spec.audience,
    baseName: spec.baseName,
    format,
    date: doc.meta.date,
    bytes,
  };
}
