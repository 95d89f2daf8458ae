import { access } from "node:fs/promises";
import path from "node:path";
import type { Checklist } from "../checklist/checklist-schema.js";
import { loadChecklist } from "../checklist/load-checklist.js";
import { DEFAULT_TEMPLATES_DIR } from "../paths.js";
import { loadTemplates, type TemplateSet } from "../template/load-templates.js";
import { templateDataFile } from "../template/template-data-file.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";
import { GUIDE_FACTS, type ToolGuidesFile } from "./guide-facts-schema.js";
import { loadGuideFacts } from "./load-guide-facts.js";

/** What every guide of a run shares: its templates, the tools' guide facts, its checklist. */
export interface GuideInputs {
  readonly templates: TemplateSet;
  readonly facts: ToolGuidesFile;
  /** The guide's own clauses (guide-checklist.yaml). */
  readonly checklist: Checklist;
}

/**
 * The guide templates of a templates folder: `<dir>/guides`, or the shipped ones when that
 * folder has none (a folder with edited letters only still gets the standard guides).
 */
export async function guideTemplatesDir(templatesDir: string): Promise<string> {
  const own = path.join(templatesDir, "guides");
  try {
    await access(own);
    return own;
  } catch {
    return path.join(DEFAULT_TEMPLATES_DIR, "guides");
  }
}

/** The tools of `tools` that have guide facts, and so a staff guide; the others get none. */
export function toolsWithGuides(facts: ToolGuidesFile, tools: readonly ToolId[]): ToolId[] {
  return tools.filter((tool) => Object.hasOwn(facts, tool));
}

/**
 * Reads what the guides of `tools` need; the guide facts are checked against `toolsFile`'s
 * facts (see toolGuidesFileSchema). Only the tools with guide facts in tool-guides.yaml
 * have a guide, so only their guide templates are read (see toolsWithGuides).
 */
export async function loadGuideInputs(
  templatesDir: string,
  tools: readonly ToolId[],
  toolsFile: ToolsFile,
): Promise<GuideInputs> {
  const facts = await templateDataFile(templatesDir, "guides/tool-guides.yaml").then((file) =>
    loadGuideFacts(file, toolsFile),
  );
  const [templates, checklist] = await Promise.all([
    guideTemplatesDir(templatesDir).then((dir) =>
      loadTemplates(dir, toolsWithGuides(facts, tools)),
    ),
    templateDataFile(templatesDir, "guide-checklist.yaml").then((file) =>
      loadChecklist(file, undefined, GUIDE_FACTS),
    ),
  ]);
  return { templates, facts, checklist };
}
