import type { LoadedProfile } from "../../core/profile/load-profile.js";
import type { ToolId } from "../../core/tools/tool-ids.js";

/**
 * The profiles a tool's template is filled in with: those that list the tool (a missing
 * contract is then reported as the refusal it is) or hold the centre's contract for it. A
 * centre that does not use Zoom has no agreement with Zoom, and no Zoom letter to check.
 */
export function profilesForTool(
  profiles: readonly LoadedProfile[],
  tool: ToolId,
): readonly LoadedProfile[] {
  return profiles.filter(
    ({ profile }) => profile.tools.includes(tool) || profile.contracts?.[tool] !== undefined,
  );
}
