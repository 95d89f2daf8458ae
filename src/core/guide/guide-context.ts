import type { CheckValues } from "../checklist/check-clauses.js";
import { letterContext } from "../letter/letter-context.js";
import type { Profile } from "../profile/profile-schema.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { Tool } from "../tools/tool-schema.js";
import type { ToolGuide } from "./guide-facts-schema.js";

/**
 * The data a guide template sees: what a letter template sees (`centre`, `tool` with the
 * centre's contract when the profile has it, `letter`: the guide names the letters it belongs
 * to) and `guide`, the tool's guide facts.
 */
export function guideContext(
  profile: Profile,
  toolId: ToolId,
  tool: Tool,
  facts: ToolGuide,
  date: string,
) {
  // Optional links are always present (empty when unknown): a template tests them with #if.
  return {
    ...letterContext(profile, toolId, tool, date),
    guide: { guestComputer: "", guestPhone: "", ...facts },
  };
}

/** The values guide clauses compare with: `tool` holds the tool's guide facts too. */
export function guideCheckValues(context: ReturnType<typeof guideContext>): CheckValues {
  return { centre: context.centre, tool: { ...context.tool, ...context.guide } };
}
