import { applies, type CheckValues } from "../checklist/check-clauses.js";
import type { Checklist } from "../checklist/checklist-schema.js";
import type { ToolId } from "../tools/tool-ids.js";

/**
 * The points a staff member goes through when consent is given orally: the label of every
 * letter clause that applies to this tool and centre. Made from the letter's own checklist, so
 * a clause added to or removed from the letter is added to or removed from the guide too.
 */
export function oralPoints(checklist: Checklist, tool: ToolId, values: CheckValues): string[] {
  return checklist.clauses.filter((clause) => applies(clause, tool, values)).map((c) => c.label);
}
