import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  JOURNAL_NAME,
  MANIFEST_NAME,
  type ManifestEntry,
  ManifestJournal,
  readManifest,
  removeJournal,
  writeManifest,
} from "../../src/node/batch/manifest.js";
import { tempDir } from "../helpers/cli.js";

const hash = (digit: string) => digit.repeat(64);

function entry(centre: string, sha: string): ManifestEntry {
  return {
    centre,
    tool: "teams",
    format: "pdf",
    path: `${centre}/toestemming-teams.pdf`,
    sha256: hash(sha),
    size: 100,
    date: "2026-11-23",
    inputs: {
      profile: hash("1"),
      template: hash("2"),
      tools: hash("3"),
      checklist: hash("4"),
      all: hash("5"),
    },
  };
}

async function outDir(): Promise<string> {
  const dir = path.join(await tempDir("clb-manifest-"), "out");
  await mkdir(dir);
  return dir;
}

describe("the manifest and its journal", () => {
  it("folds a killed run's journal into the manifest: later lines win, a cut-short line is skipped", async () => {
    const out = await outDir();
    await writeManifest(out, "clb-consent test", [entry("clb-a", "a"), entry("clb-b", "b")]);
    const lines = [entry("clb-b", "c"), entry("clb-d", "d"), entry("clb-b", "e")].map((e) =>
      JSON.stringify(e),
    );
    const cut = JSON.stringify(entry("clb-f", "f")).slice(0, 40);
    await writeFile(path.join(out, JOURNAL_NAME), `${lines.join("\n")}\n{"centre": 1}\n${cut}`);
    const manifest = await readManifest(out);
    expect([...manifest.values()].map((e) => [e.centre, e.sha256[0]])).toEqual([
      ["clb-a", "a"],
      ["clb-b", "e"],
      ["clb-d", "d"],
    ]);
  });

  it("reads a journal without a manifest, and nothing from neither", async () => {
    const out = await outDir();
    expect((await readManifest(out)).size).toBe(0);
    await writeFile(path.join(out, JOURNAL_NAME), `${JSON.stringify(entry("clb-a", "a"))}\n`);
    expect([...(await readManifest(out)).keys()]).toEqual(["clb-a/toestemming-teams.pdf"]);
  });

  it("notes entries in order, starts empty, and is gone once removed", async () => {
    const out = await outDir();
    await writeFile(path.join(out, JOURNAL_NAME), `${JSON.stringify(entry("clb-old", "0"))}\n`);
    const journal = await ManifestJournal.start(out);
    journal.note([entry("clb-a", "a"), entry("clb-b", "b")]);
    journal.note([]);
    journal.note([entry("clb-a", "c")]);
    await journal.close();
    expect([...(await readManifest(out)).values()].map((e) => [e.centre, e.sha256[0]])).toEqual([
      ["clb-a", "c"],
      ["clb-b", "b"],
    ]);
    await removeJournal(out);
    expect(await readdir(out)).toEqual([]);
    await writeManifest(out, "clb-consent test", []);
    expect(await readdir(out)).toEqual([MANIFEST_NAME]);
  });
});
