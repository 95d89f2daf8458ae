import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MANIFEST_NAME, ManifestSchema } from "../../src/node/batch/manifest.js";
import { runBatch } from "../../src/node/batch/run-batch.js";
import { PROFILES, tempDir } from "../helpers/cli.js";

describe("the manifest names each file's document", () => {
  it("records kind and base name, and still trusts a manifest written before it did", async () => {
    const dir = await tempDir("clb-kind-");
    const profiles = path.join(dir, "profielen");
    await mkdir(profiles);
    await copyFile(path.join(PROFILES, "clb-minimaal.yaml"), path.join(profiles, "a.yaml"));
    const out = path.join(dir, "out");
    const batch = () =>
      runBatch({
        audiences: ["pupil"],
        profilesDir: profiles,
        outDir: out,
        formats: ["md"],
        jobs: 1,
      });

    const first = await batch();
    expect(first.written).toBe(1);
    const file = path.join(out, MANIFEST_NAME);
    const manifest = ManifestSchema.parse(JSON.parse(await readFile(file, "utf8")));
    expect(manifest.letters.map((l) => [l.path, l.kind, l.baseName])).toEqual([
      ["clb-minimaal/toestemming-teams.md", "letter", "toestemming-teams"],
    ]);

    // A manifest of an older version, without the two fields: its letters are unchanged.
    const older = {
      ...manifest,
      letters: manifest.letters.map(({ kind: _kind, baseName: _baseName, ...rest }) => rest),
    };
    await writeFile(file, JSON.stringify(older));
    const second = await batch();
    expect([second.written, second.unchanged]).toEqual([0, 1]);
  });
});
