import type { Checklist } from "../checklist/checklist-schema.js";
import { loadChecklist } from "../checklist/load-checklist.js";
import { DEFAULT_TEMPLATES_DIR } from "../paths.js";
import { loadTemplates, type TemplateSet } from "../template/load-templates.js";
import { templateDataFile } from "../template/template-data-file.js";
import { loadTools } from "../tools/load-tools.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";

/** What every centre's documents are made and checked with: templates, tool facts, checklist. */
export interface PipelineInputs {
  readonly templates: TemplateSet;
  readonly tools: ToolsFile;
  readonly checklist: Checklist;
}

export interface InputFiles {
  /** Default: the shipped templates. */
  readonly templatesDir?: string;
  /** Default: tools.yaml in the templates folder, else the shipped one. */
  readonly toolsFile?: string;
  /** Default: checklist.yaml in the templates folder, else the shipped one. */
  readonly checklistFile?: string;
}

/** Reads the templates for `tools`, the tool facts and the checklist, side by side. */
export async function loadPipelineInputs(
  tools: readonly ToolId[],
  files: InputFiles = {},
): Promise<PipelineInputs> {
  const templatesDir = files.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  const [toolFacts, templates, checklist] = await Promise.all([
    Promise.resolve(files.toolsFile ?? templateDataFile(templatesDir, "tools.yaml")).then(
      loadTools,
    ),
    loadTemplates(templatesDir, tools),
    Promise.resolve(files.checklistFile ?? templateDataFile(templatesDir, "checklist.yaml")).then(
      loadChecklist,
    ),
  ]);
  return { templates, tools: toolFacts, checklist };
}
