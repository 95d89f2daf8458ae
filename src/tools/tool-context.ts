import type { ToolId } from "./tool-ids.js";
import type { Tool } from "./tool-schema.js";

/**
 * Facts worked out from tools.yaml rather than typed into it, so templates and the checklist's
 * `when: tool.<fact>` read them like any other fact.
 */
export const DERIVED_TOOL_FACTS = ["mayLeaveEu"] as const;

/**
 * A tool as templates and the checklist see it: its id, its facts, and `mayLeaveEu`: true unless
 * tools.yaml says the vendor processes the data in the EU (`unknown` counts as possible, so the
 * letter says what a transfer needs rather than stays silent).
 */
export function toolContext(id: ToolId, tool: Tool) {
  return { id, ...tool, mayLeaveEu: tool.processing.where !== "eu" };
}

export type ToolContext = ReturnType<typeof toolContext>;
