import { centreOf } from "../profile/centre-of.js";
import type { Contract, Profile } from "../profile/profile-schema.js";
import { toolContext } from "../tools/tool-context.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { Tool } from "../tools/tool-schema.js";
import type { Audience } from "./audience.js";

/**
 * The data a letter template sees: `centre` (the profile), `tool` (tools.yaml) and `letter`
 * (date, version, audience). Anything else a template names is an error. `letter.parents` is
 * the audience as a boolean, so shared partials choose their variant with a plain `{{#if}}`.
 */
export function letterContext(
  profile: Profile,
  toolId: ToolId,
  tool: Tool,
  date: string,
  signature: boolean = profile.signature,
  audience: Audience = "pupil",
  contract: Contract | undefined = profile.contracts?.[toolId],
) {
  const centre = centreOf(profile);
  return {
    centre,
    // The vendor's role, where it processes and how long it keeps what come from the centre's
    // own processing agreement (the profile's `contracts`), never from a public page: a letter
    // is made only when it is complete (contract-facts.ts), a guide also without it.
    tool: toolContext(toolId, tool, contract),
    letter: {
      date,
      version: profile.version ?? tool.version,
      signature,
      audience,
      parents: audience === "parents",
    },
    // Partials shared with the e-mail (routes) speak of "this e-mail" only there.
    email: false,
  };
}

export type LetterContext = ReturnType<typeof letterContext>;
