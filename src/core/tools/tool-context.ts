import type { Contract } from "./contract-schema.js";
import type { ToolId } from "./tool-ids.js";
import type { Tool } from "./tool-schema.js";

/**
 * Facts worked out rather than typed into tools.yaml, so templates and the checklist's
 * `when: tool.<fact>` read them like any other fact: `contract` is the centre's processing
 * agreement from the profile, `mayLeaveEu` follows from it.
 */
export const DERIVED_TOOL_FACTS = ["mayLeaveEu", "contract"] as const;

/**
 * A tool as templates and the checklist see it: its id, its facts, the centre's contract for it
 * when there is one, and `mayLeaveEu`: whether the contract puts processing (also) outside the
 * EU. Without a contract (a letter file checked without its profile, `proof`) nothing says so:
 * the safeguard clause is then not asked for, while the clause that the letter states where the
 * data are processed always is (templates/checklist.yaml, verwerkingsplaats and doorgifte).
 */
export function toolContext(id: ToolId, tool: Tool, contract?: Contract) {
  return {
    id,
    ...tool,
    ...(contract ? { contract } : {}),
    mayLeaveEu: contract?.where !== undefined && contract.where !== "eu",
  };
}

export type ToolContext = ReturnType<typeof toolContext>;
