import type { Checklist } from "../checklist/checklist-schema.js";
import { loadChecklist } from "../checklist/load-checklist.js";
import type { Problem } from "../errors/user-error.js";
import { type GuideInputs, loadGuideInputs } from "../guide/guide-inputs.js";
import { DEFAULT_TEMPLATES_DIR } from "../paths.js";
import { loadTemplates, type TemplateSet } from "../template/load-templates.js";
import { templateDataFile } from "../template/template-data-file.js";
import { loadTools } from "../tools/load-tools.js";
import { toolIds } from "../tools/tool-catalog.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";
import { warningsOf } from "../yaml/load-yaml-file.js";

/** What every centre's documents are made and checked with: templates, tool facts, checklist. */
export interface PipelineInputs {
  readonly templates: TemplateSet;
  readonly tools: ToolsFile;
  readonly checklist: Checklist;
  /** Templates, facts and checklist of the staff guides, when guides are made. */
  readonly guides?: GuideInputs;
}

/**
 * What loading tools.yaml, the checklists and the guide facts changed and should tell (a soft
 * hyphen taken out of a value), at file and line, as a profile's warnings are told.
 */
export function inputWarnings(
  inputs: Pick<PipelineInputs, "tools" | "checklist" | "guides">,
): Problem[] {
  return [
    ...warningsOf(inputs.tools),
    ...warningsOf(inputs.checklist),
    ...warningsOf(inputs.guides?.facts),
    ...warningsOf(inputs.guides?.checklist),
  ];
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

/** The tools.yaml the templates of `files` are used with. */
export async function loadInputTools(files: InputFiles = {}): Promise<ToolsFile> {
  const templatesDir = files.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  return loadTools(files.toolsFile ?? (await templateDataFile(templatesDir, "tools.yaml")));
}

/**
 * Reads the templates for `tools` (`all`: every tool of tools.yaml), the tool facts and the
 * checklist, side by side. Only the templates of the tools asked for are read: a centre's own
 * templates folder needs no others. The checklist's tool ids are checked against tools.yaml.
 */
export async function loadPipelineInputs(
  tools: readonly ToolId[] | "all",
  files: InputFiles = {},
  toolFacts?: ToolsFile,
): Promise<PipelineInputs> {
  const templatesDir = files.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  const facts = toolFacts ?? (await loadInputTools(files));
  const ids = tools === "all" ? toolIds(facts) : tools;
  const checklist = Promise.resolve(
    files.checklistFile ?? templateDataFile(templatesDir, "checklist.yaml"),
  ).then((file) => loadChecklist(file, toolIds(facts)));
  const [templates, letters, guides] = await Promise.all([
    loadTemplates(templatesDir, ids),
    checklist,
    files.guides ? loadGuideInputs(templatesDir, ids, facts) : undefined,
  ]);
  return { templates, tools: facts, checklist: letters, ...(guides ? { guides } : {}) };
}
