import { toolFacts } from "../../core/tools/tool-catalog.js";
import type { ToolId } from "../../core/tools/tool-ids.js";
import type { ToolsFile } from "../../core/tools/tool-schema.js";
import { fileSha256 } from "./hash.js";

/**
 * The hash of one tool's entry in tools.yaml, as its letters and guide read it: the SHA-256 of
 * the entry as JSON (its fields in the order of the tool schema, src/core/tools/tool-schema.ts, with
 * their defaults). A letter uses no other part of tools.yaml, so editing the Zoom entry makes
 * only the Zoom letters again (issue 27, point 8); the whole file's hash made every letter again.
 * Comments and layout are not part of it: they change no letter.
 */
export function toolEntryHash(tools: ToolsFile, tool: ToolId): string {
  return fileSha256(Buffer.from(JSON.stringify(toolFacts(tools, tool)), "utf8"));
}
