import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManifestSchema } from "../../src/node/batch/manifest.js";
import { PROFILES, runCli, tempDir } from "../helpers/cli.js";

/**
 * A real full disk: a 300 KB tmpfs holds only part of the example letters. Mounting needs
 * root, which CI (and this machine kind) has; without it this test fails rather than skips.
 */
describe("a disk that fills up during a batch", () => {
  let disk: string;
  beforeAll(async () => {
    disk = path.join(await tempDir("clb-full-"), "schijf");
    await mkdir(disk);
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=300k", "tmpfs", disk]);
  });
  afterAll(() => {
    execFileSync("umount", [disk]);
  });

  it("gives a clear message, leaves no half letter, and the manifest lists only whole letters", async () => {
    const result = await runCli([
      "batch",
      "--documents",
      "letters",
      "--profiles",
      PROFILES,
      "--out",
      disk,
      "--jobs",
      "1",
      "--formats",
      "pdf,docx",
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("de schijf is vol");
    expect(result.stderr).toContain("Er is geen half bestand achtergebleven");
    expect(result.stderr).not.toMatch(/\n\s+at |fout in clb-consent/);

    const files = (await readdir(disk, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => path.relative(disk, path.join(e.parentPath, e.name)));
    expect(files).not.toContainEqual(expect.stringMatching(/clb-tmp/));
    for (const file of files.filter((f) => f.endsWith(".pdf"))) {
      expect((await readFile(path.join(disk, file))).subarray(-6).toString()).toMatch(/%%EOF/);
    }
    for (const file of files.filter((f) => f.endsWith(".docx"))) {
      const data = new Uint8Array(await readFile(path.join(disk, file)));
      expect(() => unzipSync(data)).not.toThrow();
    }
    const manifest = ManifestSchema.parse(
      JSON.parse(await readFile(path.join(disk, "manifest.json"), "utf8")),
    );
    for (const entry of manifest.letters) {
      const data = await readFile(path.join(disk, entry.path));
      expect(createHash("sha256").update(data).digest("hex")).toBe(entry.sha256);
    }
    expect(manifest.letters.length).toBeLessThan(12);
  });
});
