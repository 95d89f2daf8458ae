import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  BYTE_SHAPING_PACKAGES,
  GENERATOR,
  generatorIdentity,
  installedVersions,
} from "../../src/node/batch/generator-version.js";
import { tempDir } from "../helpers/cli.js";

/** `batch` in this process with the code as it is, or as if `generator` had made the letters. */
async function batch(out: string, generator?: string): Promise<string> {
  vi.resetModules();
  if (generator) {
    vi.doMock("../../src/node/batch/generator-version.js", () => ({ GENERATOR: generator }));
  } else {
    vi.doUnmock("../../src/node/batch/generator-version.js");
  }
  const { run } = await import("../../src/node/cli/run.js");
  const lines: string[] = [];
  // The pupils' letters only: 12 files are enough to see them all rewritten.
  const args = ["--audience", "pupil", "--documents", "letters", "--formats", "md,txt"];
  const code = await run(["batch", ...args, "--jobs", "1", "--out", out], {
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
  });
  expect(code).toBe(0);
  return lines.join("\n");
}

describe("the generator identity in the manifest", () => {
  it("names the tool and the exact installed version of each library and font", () => {
    const versions = installedVersions();
    expect(Object.keys(versions)).toHaveLength(BYTE_SHAPING_PACKAGES.length);
    for (const [name, version] of Object.entries(versions)) {
      expect([name, version]).toEqual([name, expect.stringMatching(/^\d+\.\d+\.\d+/)]);
      expect(GENERATOR).toContain(`${name} ${version}`);
    }
    expect(GENERATOR).toMatch(/^clb-consent \d+\.\d+\.\d+; /);
    expect(GENERATOR).toContain(`zlib ${process.versions.zlib}`);
  });

  it("changes with any library's version", () => {
    const versions = installedVersions();
    const before = generatorIdentity("clb-consent 0.1.0", versions, "1.3");
    for (const name of Object.keys(versions)) {
      const after = generatorIdentity(
        "clb-consent 0.1.0",
        { ...versions, [name]: "99.0.0" },
        "1.3",
      );
      expect([name, after]).not.toEqual([name, before]);
    }
    expect(generatorIdentity("clb-consent 0.1.0", versions, "1.3", "abc")).not.toBe(before);
  });

  it("makes a batch write its letters again when it differs from the manifest's", async () => {
    const out = await tempDir();
    const older = GENERATOR.replace(/pdfkit [^,]+/, "pdfkit 0.19.0");
    expect(older).not.toBe(GENERATOR);
    expect(await batch(out, older)).toMatch(/Brieven: 22 geschreven, 0 ongewijzigd/);
    const manifest = () => readFile(path.join(out, "manifest.json"), "utf8");
    expect(JSON.parse(await manifest()).generator).toBe(older);
    // The same code again: nothing to do.
    expect(await batch(out, older)).toMatch(/Brieven: 0 geschreven, 22 ongewijzigd/);
    // The code as it is, with pdfkit at its installed version: every letter is made again.
    expect(await batch(out)).toMatch(/Brieven: 22 geschreven, 0 ongewijzigd/);
    expect(JSON.parse(await manifest()).generator).toBe(GENERATOR);
  });
});
