import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { TEMP_SUFFIX } from "../output/write-atomic.js";

/** Removes temporary files an interrupted run left in `outDir` (two levels: out/<centre>/). */
export async function removeLeftovers(outDir: string): Promise<number> {
  let removed = 0;
  const visit = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isFile() && entry.name.endsWith(TEMP_SUFFIX)) {
        await rm(full, { force: true });
        removed += 1;
      } else if (entry.isDirectory() && depth < 1) await visit(full, depth + 1);
    }
  };
  await visit(outDir, 0);
  return removed;
}
