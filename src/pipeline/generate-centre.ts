import { loadProfile } from "../profile/load-profile.js";
import type { Format } from "../render/registry.js";
import type { ToolId } from "../tools/tool-ids.js";
import { buildCentre } from "./build-centre.js";
import { centreSpecs, type DocumentChoice, type DocumentKind } from "./document-spec.js";
import { loadPipelineInputs } from "./pipeline-inputs.js";
import { writeRenderedFiles } from "./write-files.js";

export interface GenerateOptions {
  /** Tools to make letters for; default the profile's own. */
  readonly tools?: readonly ToolId[];
  readonly formats: readonly Format[];
  readonly outDir: string;
  readonly date?: string;
  readonly templatesDir?: string;
  /** Adds the signature block to every letter, whatever the profile says. */
  readonly signature?: boolean;
  /** Letters, staff guides or both; default letters only (the CLI asks for both). */
  readonly documents?: readonly DocumentChoice[];
}

export interface GeneratedLetter {
  readonly kind: DocumentKind;
  readonly tool: ToolId;
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
    specs: centreSpecs(toolIds, documents),
    formats: options.formats,
    ...(options.date ? { date: options.date } : {}),
    ...(options.signature ? { signature: true } : {}),
  });
  const written = await writeRenderedFiles(options.outDir, files);
  return written.map(({ kind, tool, format, file, size }) => ({
    kind,
    tool,
    format,
    file,
    bytes: size,
  }));
}
