import type { Checklist } from "../checklist/checklist-schema.js";
import { loadChecklist } from "../checklist/load-checklist.js";
import { type GuideInputs, loadGuideInputs } from "../guide/guide-inputs.js";
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
  /** Templates, facts and checklist of the staff guides, when guides are made. */
  readonly guides?: GuideInputs;
}

export interface InputFiles {
  /** Default: the shipped templates. */
  readonly templatesDir?: string;
  /** Default: tools.yaml in the templates folder, else the shipped one. */
  readonly toolsFile?: string;
  /** Default: checklist.yaml in the templates folder, else the shipped one. */
  readonly checklistFile?: string;
  /** Also read what the staff guides need (templates/guides, guide-checklist.yaml). */
  readonly guides?: boolean;
}

/** Reads the templates for `tools`, the tool facts and the checklist, side by side. */
export async function loadPipelineInputs(
  tools: readonly ToolId[],
  files: InputFiles = {},
): Promise<PipelineInputs> {
  const templatesDir = files.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  const [toolFacts, templates, checklist, guides] = await Promise.all([
    Promise.resolve(files.toolsFile ?? templateDataFile(templatesDir, "tools.yaml")).then(
      loadTools,
    ),
    loadTemplates(templatesDir, tools),
    Promise.resolve(files.checklistFile ?? templateDataFile(templatesDir, "checklist.yaml")).then(
      loadChecklist,
    ),
    files.guides ? loadGuideInputs(templatesDir, tools) : undefined,
  ]);
  return { templates, tools: toolFacts, checklist, ...(guides ? { guides } : {}) };
}
