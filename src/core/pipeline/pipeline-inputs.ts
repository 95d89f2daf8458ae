import type { Checklist } from "../checklist/checklist-schema.js";
import { readChecklist } from "../checklist/parse-checklist.js";
import type { Problem } from "../errors/user-error.js";
import type { InputSource } from "../files/input-source.js";
import { type GuideInputs, readGuideInputs } from "../guide/guide-inputs.js";
import { compileTemplates, type TemplateSet } from "../template/load-templates.js";
import { readTools } from "../tools/parse-tools.js";
import { toolIds } from "../tools/tool-catalog.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";
import { warningsOf } from "../yaml/parse-yaml-file.js";

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

/**
 * Reads the templates for `tools` (`all`: every tool of tools.yaml), the tool facts
 * (`tools.yaml`, unless `toolFacts` are given) and the checklist (`checklist.yaml`) from a
 * templates folder, side by side; with `guides`, also what the staff guides need. Only the
 * templates of the tools asked for are read: a centre's own templates folder needs no others.
 * The checklist's tool ids are checked against tools.yaml.
 */
export async function readPipelineInputs(
  source: InputSource,
  tools: readonly ToolId[] | "all",
  options: { readonly guides?: boolean } = {},
  toolFacts?: ToolsFile,
): Promise<PipelineInputs> {
  const facts = toolFacts ?? (await readTools(source));
  const ids = tools === "all" ? toolIds(facts) : tools;
  const [templates, letters, guides] = await Promise.all([
    compileTemplates(source, ids),
    readChecklist(source, "checklist.yaml", toolIds(facts)),
    options.guides ? readGuideInputs(source, ids, facts) : undefined,
  ]);
  return { templates, tools: facts, checklist: letters, ...(guides ? { guides } : {}) };
}
