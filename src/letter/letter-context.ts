import type { Profile } from "../profile/profile-schema.js";
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
) {
  const {
    logo: _logo,
    tools: _tools,
    vendorRoles,
    signature: _signature,
    letterDate: _letterDate,
    ...centre
  } = profile;
  return {
    centre,
    // The vendor's role depends on the centre's own contract (a licence with a processing
    // agreement or a free account), which only the centre knows: its DPO's record in the
    // profile wins over tools.yaml's usual case.
    tool: toolContext(toolId, { ...tool, role: vendorRoles?.[toolId] ?? tool.role }),
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
