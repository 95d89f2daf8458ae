import path from "node:path";
import type { Format } from "../render/registry.js";
import type { ToolId } from "../tools/tool-ids.js";

/**
 * Where a letter goes: `<out>/<centre id>/toestemming-<tool>.<format>`. The id is a validated
 * slug; the check below keeps a letter inside `out` even if that validation ever changed.
 */
export function letterPath(outDir: string, centreId: string, tool: ToolId, format: Format): string {
  const root = path.resolve(outDir);
  const file = path.resolve(root, centreId, `toestemming-${tool}.${format}`);
  if (!file.startsWith(root + path.sep)) throw new Error(`letter path escapes ${root}: ${file}`);
  return file;
}
