import { applies, type CheckValues } from "../checklist/check-clauses.js";
import type { Checklist } from "../checklist/checklist-schema.js";
import type { ToolId } from "../tools/tool-ids.js";

/**
 * The words checklist labels use for the centre's own-consent age (checklist.yaml): `validate`
 * shows them as they are, a guide speaks to staff of one centre and names the age.
 */
export const AGE_WORDS = "de leeftijd uit het profiel";

/**
 * The points a staff member goes through when consent is given orally: the label of every
 * letter clause that applies to this tool and centre. Made from the letter's own checklist, so
 * a clause added to or removed from the letter is added to or removed from the guide too.
 */
export function oralPoints(
  checklist: Checklist,
  tool: ToolId,
  values: CheckValues & { readonly centre: { readonly ownConsentAge: number } },
): string[] {
  const age = `${values.centre.ownConsentAge} jaar`;
  return checklist.clauses
    .filter((clause) => applies(clause, tool, values))
    .map((clause) => clause.label.replaceAll(AGE_WORDS, age));
}
