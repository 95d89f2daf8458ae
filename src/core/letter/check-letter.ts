import {
  type CheckValues,
  checkClauses,
  requiredClauseProblems,
} from "../checklist/check-clauses.js";
import type { Checklist } from "../checklist/checklist-schema.js";
import type { Document } from "../document/document.js";
import { documentText } from "../document/document-text.js";
import type { Problem } from "../errors/user-error.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import type { TemplateSet } from "../template/load-templates.js";
import { toolFacts } from "../tools/tool-catalog.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";
import { letterContext } from "./letter-context.js";

export interface CheckContext {
  readonly checklist: Checklist;
  readonly tools: ToolsFile;
  readonly templates: TemplateSet;
}

/**
 * The required clauses a letter misses, each as a problem naming the tool's template and the
 * clause: a letter is checked before it is written, and never written with one missing. Empty
 * when the letter is complete.
 */
export function missingRequiredClauses(
  doc: Document,
  loaded: LoadedProfile,
  tool: ToolId,
  context: CheckContext,
): Problem[] {
  const values = checkValues(loaded, tool, context.tools, doc.meta.date);
  const templateFile = context.templates.letters.get(tool)?.file ?? tool;
  return requiredClauseProblems(
    checkClauses(context.checklist, documentText(doc), tool, values),
    templateFile,
  );
}

/** The values clauses compare with: the centre as its letter shows it, the tool's facts. */
export function checkValues(
  loaded: LoadedProfile,
  tool: ToolId,
  toolsFile: ToolsFile,
  date: string,
): CheckValues {
  const context = letterContext(loaded.profile, tool, toolFacts(toolsFile, tool), date);
  return { centre: context.centre, tool: context.tool };
}
