import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROFILES, runCli, tempDir } from "../helpers/cli.js";
import { withWritesFailingHalfway } from "../helpers/failing-writes.js";

async function filesIn(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), await readFile(file));
  }
  return files;
}

// A run whose writes fail half-way (a full disk, issue 27 point 8) must leave the letters of
// the run before it exactly as they were: no half letter in their place, no temporary file.
describe("generate when every write fails half-way", () => {
  it("keeps the letters already there byte for byte, leaves no temporary file, and says so", async () => {
    const out = path.join(await tempDir("clb-halfway-"), "out");
    const args = [
      "generate",
      "--profile",
      path.join(PROFILES, "clb-minimaal.yaml"),
      "--audience",
      "pupil",
      "--documents",
      "letters",
      "--format",
      "pdf,docx",
      "--out",
      out,
    ];
    const first = await runCli(args);
    expect([first.code, first.stderr]).toEqual([0, ""]);
    const before = await filesIn(out);
    expect([...before.keys()].filter((f) => /\.(pdf|docx)$/.test(f))).toHaveLength(2);

    // Another date: letters with other bytes, so a half-written one cannot pass for the old.
    const failed = await withWritesFailingHalfway(() => runCli([...args, "--date", "2026-12-24"]));
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("de schijf is vol");
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    const after = await filesIn(out);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [file, data] of before) expect(after.get(file)?.equals(data), file).toBe(true);
  });
});
