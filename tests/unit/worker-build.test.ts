import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

describe("the batch worker the tests run", () => {
  it("was bundled from the sources under test, after their last change", async () => {
    // tests/setup/build-worker.ts builds it before any test; a batch test with several jobs
    // would otherwise run whatever was compiled last.
    const worker = await stat(path.join(ROOT, ".test-build", "batch-worker.js"));
    const sources = (await readdir(path.join(ROOT, "src"), { recursive: true }))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => path.join(ROOT, "src", f));
    expect(sources.length).toBeGreaterThan(50);
    const newest = Math.max(
      ...(await Promise.all(sources.map(async (f) => (await stat(f)).mtimeMs))),
    );
    expect(worker.mtimeMs).toBeGreaterThanOrEqual(newest);
  });
});
