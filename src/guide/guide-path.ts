import path from "node:path";
import type { Format } from "../render/registry.js";
import type { ToolId } from "../tools/tool-ids.js";

/** Where a staff guide goes: `<out>/<centre id>/handleiding-<tool>.<format>`, beside the letters. */
export function guidePath(outDir: string, centreId: string, tool: ToolId, format: Format): string {
  const root = path.resolve(outDir);
  const file = path.resolve(root, centreId, `handleiding-${tool}.${format}`);
  if (!file.startsWith(root + path.sep)) throw new Error(`guide path escapes ${root}: ${file}`);
  return file;
}
