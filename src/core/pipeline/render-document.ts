import { renderLetter } from "../letter/render-letter.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import type { Format } from "../render/registry.js";
import type { LayoutNotes } from "../render/renderer.js";
import type { TemplateSet } from "../template/load-templates.js";
import type { ToolId } from "../tools/tool-ids.js";
import { type DocumentKind, outputName, type Reader } from "./document-spec.js";
import { type FirstLayerOverflow, firstLayerOverflow } from "./first-layer-overflow.js";
import type { PreparedDocument } from "./make-document.js";

/** One file of a centre, rendered in memory and not yet written. */
export interface RenderedFile {
  /** Relative to the output folder, with forward slashes: `clb-noord/toestemming-teams.pdf`. */
  readonly path: string;
  readonly kind: DocumentKind;
  readonly tool: ToolId;
  readonly audience: Reader;
  readonly baseName: string;
  readonly format: Format;
  /** The document's date (the manifest records it). */
  readonly date: string;
  /** A translation's language code; absent for a Dutch document. */
  readonly lang?: string;
  /** A PDF whose first layer runs past page 1: told to the user, the letter is still made. */
  readonly firstLayerOverflow?: FirstLayerOverflow;
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
  /** For `eml`: the document's PDF, rendered already (see renderFormats). */
  pdf?: Uint8Array,
  /**
   * For `eml`: the Dutch templates, whose e-mail template a translation's e-mail uses (a
   * language folder has none), and PDFs to attach after the letter's (`--translation`).
   */
  email: {
    readonly templates?: TemplateSet;
    readonly more?: readonly { readonly fileName: string; readonly data: Uint8Array }[];
  } = {},
): Promise<RenderedFile> {
  const { spec, doc } = prepared;
  if (prepared.missing.length > 0) {
    throw new Error(`${spec.baseName} of ${loaded.file} misses required clauses`);
  }
  // The e-mail names its attachment as the .pdf next to it, and speaks to the letter's reader.
  const letter = {
    ...(pdf ? { pdf } : {}),
    fileName: `${spec.baseName}.pdf`,
    parents: spec.audience !== "pupil",
    ...(email.more && email.more.length > 0 ? { more: email.more } : {}),
  };
  const notes: LayoutNotes = {};
  const bytes = await renderLetter(format, doc, loaded, templates, letter, email.templates, notes);
  const overflow = firstLayerOverflow(doc, loaded.profile, notes.firstLayerPages);
  return {
    path: outputName(loaded.profile.id, spec, format),
    kind: spec.kind,
    tool: spec.tool,
    audience: spec.audience,
    baseName: spec.baseName,
    format,
    date: doc.meta.date,
    ...(spec.lang ? { lang: spec.lang } : {}),
    ...(overflow ? { firstLayerOverflow: overflow } : {}),
    bytes,
  };
}
