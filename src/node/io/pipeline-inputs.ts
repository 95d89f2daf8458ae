import type { InputSource } from "../../core/files/input-source.js";
import {
  type InputFiles,
  type PipelineInputs,
  readPipelineInputs,
} from "../../core/pipeline/pipeline-inputs.js";
import type { ToolId } from "../../core/tools/tool-ids.js";
import type { ToolsFile } from "../../core/tools/tool-schema.js";
import { DEFAULT_TEMPLATES_DIR } from "../../paths.js";
import { diskSource } from "./disk-source.js";
import { guideRedirects } from "./guide-inputs.js";
import { loadTools } from "./load-tools.js";
import { templateDataFile } from "./template-data-file.js";

export type { InputFiles, PipelineInputs };

/** The tools.yaml the templates of `files` are used with. */
export async function loadInputTools(files: InputFiles = {}): Promise<ToolsFile> {
  const templatesDir = files.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  return loadTools(files.toolsFile ?? (await templateDataFile(templatesDir, "tools.yaml")));
}

/**
 * The templates folder of `files` on disk as the core reads it: tools.yaml, checklist.yaml and
 * the guides' files from the folder, or the shipped ones where it has none, or the files named.
 */
export async function templatesSource(files: InputFiles = {}): Promise<InputSource> {
  const templatesDir = files.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  const [tools, checklist, guides] = await Promise.all([
    files.toolsFile ?? templateDataFile(templatesDir, "tools.yaml"),
    files.checklistFile ?? templateDataFile(templatesDir, "checklist.yaml"),
    files.guides ? guideRedirects(templatesDir) : {},
  ]);
  return diskSource(templatesDir, { "tools.yaml": tools, "checklist.yaml": checklist, ...guides });
}

/** Reads a centre's templates, tool facts and checklist from disk (see readPipelineInputs). */
export async function loadPipelineInputs(
  tools: readonly ToolId[] | "all",
  files: InputFiles = {},
  toolFacts?: ToolsFile,
): Promise<PipelineInputs> {
  return readPipelineInputs(
    await templatesSource(files),
    tools,
    files.guides ? { guides: true } : {},
    toolFacts,
  );
}
