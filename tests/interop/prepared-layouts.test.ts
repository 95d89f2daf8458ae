import { execFile } from "node:child_process";
import { cp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { PreparedLayouts } from "../../src/core/render/fast/prepared-words.js";
import { PROFILES, ROOT, tempDir } from "../helpers/cli.js";

// The words laid out at build time (bundle/prepared-layouts.json, issue 30): used by the built
// CLI, the same bytes as without them, and a file that cannot be used changes nothing.

const run = promisify(execFile);
const PREPARED = path.join(ROOT, "bundle", "prepared-layouts.json");

/**
 * A copy of the built package in a temporary folder, whose bundle/ can be changed: bin/ and
 * bundle/ copied, the rest linked. `prepared` is what its prepared-layouts.json becomes
 * (undefined: no file).
 */
async function packageWith(prepared: string | undefined): Promise<string> {
  const home = await tempDir("clb-prepared-");
  await cp(path.join(ROOT, "bin"), path.join(home, "bin"), { recursive: true });
  await cp(path.join(ROOT, "bundle"), path.join(home, "bundle"), { recursive: true });
  for (const linked of ["node_modules", "templates", "clb-profiles", "schema", "package.json"]) {
    await symlink(path.join(ROOT, linked), path.join(home, linked));
  }
  const file = path.join(home, "bundle", "prepared-layouts.json");
  if (prepared === undefined) await rm(file);
  else await writeFile(file, prepared);
  return home;
}

/** The bytes of every PDF `generate` writes for one centre, by file name. */
async function centrePdfs(
  home: string,
  extra: readonly string[] = [],
): Promise<Record<string, string>> {
  const out = await tempDir("clb-prepared-out-");
  const profile = path.join(PROFILES, "clb-de-brug.yaml");
  const bin = path.join(home, "bin", "clb-consent.js");
  await run(process.execPath, [bin, "generate", "-p", profile, "-f", "pdf", "-o", out, ...extra]);
  const dir = path.join(out, "clb-de-brug");
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    files[name] = (await readFile(path.join(dir, name))).toString("base64");
  }
  return files;
}

let shipped: string;
let prepared: PreparedLayouts;
let withoutFile: Record<string, string>;

beforeAll(async () => {
  shipped = await readFile(PREPARED, "utf8");
  prepared = JSON.parse(shipped) as PreparedLayouts;
  withoutFile = await centrePdfs(await packageWith(undefined));
}, 120_000);

/** The shipped file with `change` made to a copy of it. */
function changed(change: (data: PreparedLayouts) => void): string {
  const data = JSON.parse(shipped) as PreparedLayouts;
  change(data);
  return JSON.stringify(data);
}

/**
 * Every word of the regular face given a wider first glyph in `data`: a letter drawn with these
 * runs is another letter, so its bytes show whether the file was used.
 */
function widened(data: PreparedLayouts): void {
  for (const [, , positions] of data.faces.regular!.words) {
    if (positions[0]) positions[0][0] += 100;
  }
}

describe("the words laid out at build time", () => {
  it("are written by the build for the text faces, with the shipped letters' words", () => {
    expect(Object.keys(prepared.faces)).toEqual(expect.arrayContaining(["regular", "bold"]));
    const words = new Set(prepared.faces.regular!.words.map(([word]) => word));
    // Words of every letter's template text, a space after them as pdfkit splits lines.
    for (const word of ["toestemming ", "gegevens ", "leerling "]) expect(words).toContain(word);
  });

  it("give a centre the very PDFs it gets without them", async () => {
    const files = await centrePdfs(await packageWith(shipped));
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(4);
    expect(files).toEqual(withoutFile);
  }, 120_000);

  it("give the right-to-left Arabic letters (and the French ones) the very bytes they get without them", async () => {
    // The Arabic letters mix Arabic runs, shaped right to left, with Latin words the file has.
    // The Teams letters only: twice a centre's letters in three languages took 4 minutes on a
    // loaded machine.
    const translated = ["--translations", "ar,fr", "-t", "teams"];
    const without = await centrePdfs(await packageWith(undefined), translated);
    const files = await centrePdfs(await packageWith(shipped), translated);
    expect(
      Object.keys(files).filter((name) => name.endsWith("-ar.pdf")).length,
    ).toBeGreaterThanOrEqual(2);
    expect(files).toEqual(without);
  }, 480_000);

  it("are not used by the batch's worker threads (memory): a changed file changes nothing", async () => {
    // Widened words would change every letter that took them (the test above); the batch's
    // letters stay those made without the file.
    const batchPdfs = async (home: string) => {
      const profiles = await tempDir("clb-prepared-profiles-");
      // Two centres, so that two worker threads make them (one centre is made in this thread).
      for (const name of ["clb-de-brug.yaml", "clb-open-net.yaml"])
        await cp(path.join(PROFILES, name), path.join(profiles, name));
      await cp(path.join(PROFILES, "logos"), path.join(profiles, "logos"), { recursive: true });
      const out = await tempDir("clb-prepared-batch-");
      const bin = path.join(home, "bin", "clb-consent.js");
      await run(process.execPath, [
        bin,
        "batch",
        "--profiles",
        profiles,
        "-f",
        "pdf",
        "-j",
        "2",
        "-o",
        out,
      ]);
      const files: Record<string, string> = {};
      for (const name of (await readdir(out, { recursive: true })).sort()) {
        if (name.endsWith(".pdf"))
          files[name] = (await readFile(path.join(out, name))).toString("base64");
      }
      return files;
    };
    const without = await batchPdfs(await packageWith(undefined));
    expect(Object.keys(without).length).toBeGreaterThanOrEqual(4);
    expect(await batchPdfs(await packageWith(changed(widened)))).toEqual(without);
  }, 240_000);

  it("are used: a word changed in the file changes the letter", async () => {
    // Proves the file is read and its runs used, not laid out again by fontkit.
    const wider = changed(widened);
    const files = await centrePdfs(await packageWith(wider));
    expect(files).not.toEqual(withoutFile);
  }, 120_000);

  it.each([
    ["a damaged file", () => shipped.slice(0, shipped.length / 2)],
    ["an empty file", () => ""],
    // Each with a widened word too, so that using the file would show in the letters.
    [
      "another fontkit version",
      () => changed((data) => widened(Object.assign(data, { fontkit: "0.0.0" }))),
    ],
    [
      "another pdfkit version",
      () => changed((data) => widened(Object.assign(data, { pdfkit: "0.0.0" }))),
    ],
    [
      "other font bytes",
      () =>
        changed((data) => {
          widened(data);
          for (const face of Object.values(data.faces))
            Object.assign(face, { font: "0".repeat(64) });
        }),
    ],
    ["faces that are not an object", () => JSON.stringify({ ...prepared, faces: 7 })],
  ])(
    "are not used from %s: the letters are those made without the file",
    async (_, make) => {
      const files = await centrePdfs(await packageWith(make()));
      expect(files).toEqual(withoutFile);
    },
    120_000,
  );
});
