// Vitest global setup: bundles the batch's worker thread from the TypeScript sources under test
// into .test-build/, where src/node/batch/worker-pool.ts looks for it when it runs from .ts files.
// A worker thread cannot load .ts files on Node 20, and the compiled dist/ may be older than
// the sources: a batch test with several jobs would then test stale code. Rebuilt at the start
// of every run (and every watch-mode rerun), so it is always these sources.
import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { TestProject } from "vitest/node";
import { bundleOptions } from "../../scripts/bundle-options.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const TEST_BUILD = path.join(ROOT, ".test-build");

/**
 * Bundles the worker. Files are written whole and renamed into place, so a second test run
 * started at the same time never loads a half-written file; chunk names carry their content's
 * hash, so both runs write the same files. Files of older builds are removed.
 */
export async function buildWorker(): Promise<void> {
  const result = await build({
    ...bundleOptions(
      { "batch-worker": path.join(ROOT, "src", "node", "batch", "batch-worker.ts") },
      TEST_BUILD,
    ),
    write: false,
  });
  await mkdir(TEST_BUILD, { recursive: true });
  const names = new Set<string>();
  for (const file of result.outputFiles ?? []) {
    names.add(path.basename(file.path));
    const temp = `${file.path}.${randomBytes(6).toString("hex")}.tmp`;
    await writeFile(temp, file.contents);
    await rename(temp, file.path);
  }
  for (const name of await readdir(TEST_BUILD)) {
    if (!names.has(name) && !name.endsWith(".tmp")) {
      await rm(path.join(TEST_BUILD, name), { force: true });
    }
  }
}

export default async function setup(project: TestProject): Promise<void> {
  await buildWorker();
  project.onTestsRerun(buildWorker);
}
