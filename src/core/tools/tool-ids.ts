/**
 * A tool's id: a key under `tools:` (or `retired:`) in templates/tools.yaml, and the name of its
 * letter template (`<id>.md.hbs`). The list of tools is data, never code.
 */
export type ToolId = string;

/** Lower-case letters and digits in words joined by hyphens: `google-meet`. */
export const TOOL_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
