import type { Checklist } from "../checklist/checklist-schema.js";
import { readChecklist } from "../checklist/parse-checklist.js";
import { type InputSource, within } from "../files/input-source.js";
import { compileTemplates, type TemplateSet } from "../template/load-templates.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";
import { GUIDE_FACTS, type ToolGuidesFile } from "./guide-facts-schema.js";
import { readGuideFacts } from "./parse-guide-facts.js";

/** What every guide of a run shares: its templates, the tools' guide facts, its checklist. */
export interface GuideInputs {
  readonly templates: TemplateSet;
  readonly facts: ToolGuidesFile;
  /** The guide's own clauses (guide-checklist.yaml). */
  readonly checklist: Checklist;
}

/** The tools of `tools` that have guide facts, and so a staff guide; the others get none. */
export function toolsWithGuides(facts: ToolGuidesFile, tools: readonly ToolId[]): ToolId[] {
  return tools.filter((tool) => Object.hasOwn(facts, tool));
}

/**
 * Reads what the guides of `tools` need from a templates folder: `guides/tool-guides.yaml`,
 * the guide templates in `guides/`, `guide-checklist.yaml`. The guide facts are checked against
 * `toolsFile`'s facts (see toolGuidesFileSchema). Only the tools with guide facts have a guide,
 * so only their guide templates are read (see toolsWithGuides).
 */
export async function readGuideInputs(
  source: InputSource,
  tools: readonly ToolId[],
  toolsFile: ToolsFile,
): Promise<GuideInputs> {
  const facts = await readGuideFacts(source, "guides/tool-guides.yaml", toolsFile);
  const [templates, checklist] = await Promise.all([
    compileTemplates(within(source, "guides"), toolsWithGuides(facts, tools)),
    readChecklist(source, "guide-checklist.yaml", undefined, GUIDE_FACTS),
  ]);
  return { templates, facts, checklist };
}
