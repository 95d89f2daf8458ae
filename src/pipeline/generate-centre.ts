import type { Audience } from "../letter/audience.js";
import { type LoadedProfile, loadProfile } from "../profile/load-profile.js";
import type { Format } from "../render/registry.js";
import type { ToolId } from "../tools/tool-ids.js";
import { buildCentre } from "./build-centre.js";
import {
  centreSpecs,
  type DocumentChoice,
  type DocumentKind,
  type Reader,
} from "./document-spec.js";
import { loadPipelineInputs, type PipelineInputs } from "./pipeline-inputs.js";
import type { RenderedFile } from "./render-document.js";
import { writeRenderedFiles } from "./write-files.js";

export interface GenerateOptions {
  /** Tools to make letters for; default the profile's own. */
  readonly tools?: readonly ToolId[];
  /**
   * Whom to write for; default the pupil's letter only, as before there were two. The CLI asks
   * for both unless told otherwise (`--audience`, default `all`).
   */
  readonly audiences?: readonly Audience[];
  readonly formats: readonly Format[];
  readonly outDir: string;
  readonly date?: string;
  readonly templatesDir?: string;
  /** Adds the signature block to every letter, whatever the profile says. */
  readonly signature?: boolean;
  /** Letters, staff guides or both; default letters only (the CLI asks for both). */
  readonly documents?: readonly DocumentChoice[];
  /**
   * Called once every file is written; `generate` notes them in the output folder's manifest
   * there (batch/note-in-manifest.ts), a layer above this one.
   */
  readonly afterWrite?: (
    loaded: LoadedProfile,
    inputs: PipelineInputs,
    files: readonly RenderedFile[],
  ) => Promise<void>;
}

export interface GeneratedLetter {
  readonly kind: DocumentKind;
  readonly tool: ToolId;
  readonly audience: Reader;
  readonly format: Format;
  readonly file: string;
  readonly bytes: number;
}

/**
 * Makes one centre's letters from its profile file: read, make, check, render in memory
 * (buildCentre), then write. If any letter misses a required clause or fails, nothing is
 * written for this centre; each file is written atomically.
 */
export async function generateCentre(
  profileFile: string,
  options: GenerateOptions,
): Promise<GeneratedLetter[]> {
  const loaded = await loadProfile(profileFile);
  const toolIds = options.tools ?? loaded.profile.tools;
  const documents = options.documents ?? ["letters"];
  const inputs = await loadPipelineInputs(toolIds, {
    ...(options.templatesDir ? { templatesDir: options.templatesDir } : {}),
    guides: documents.includes("guides"),
  });
  const files = await buildCentre(loaded, inputs, {
    specs: centreSpecs(toolIds, {
      documents,
      ...(options.audiences ? { audiences: options.audiences } : {}),
    }),
    formats: options.formats,
    ...(options.date ? { date: options.date } : {}),
    ...(options.signature ? { signature: true } : {}),
  });
  const written = await writeRenderedFiles(options.outDir, files);
  await options.afterWrite?.(loaded, inputs, files);
  return written.map(({ kind, tool, audience, format, file, size }) => ({
    kind,
    tool,
    audience,
    format,
    file,
    bytes: size,
  }));
}
