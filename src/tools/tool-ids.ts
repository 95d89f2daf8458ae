/** The video-calling tools a letter can be made for; each has a template `<id>.md.hbs`. */
export const TOOL_IDS = ["teams", "praatbox"] as const;
export type ToolId = (typeof TOOL_IDS)[number];

export function isToolId(value: string): value is ToolId {
  return (TOOL_IDS as readonly string[]).includes(value);
}
