import { createHash } from "node:crypto";
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Manifest, ManifestSchema } from "../../src/batch/manifest.js";
import { PROFILES, runCli, TEMPLATES, tempDir } from "../helpers/cli.js";

// What the manifest promises (docs/batch.md): every input hash is the plain SHA-256 of the
// file(s) it names, as `cat a b | sha256sum` prints it, so an inspector can recompute it. Each
// hash is computed here from the files' bytes, never by the code under test (issue 27, point 8:
// `inputs.tools` hashed over another file and nothing failed).

const sha = (...files: readonly Buffer[]) => {
  const hash = createHash("sha256");
  for (const file of files) hash.update(file);
  return hash.digest("hex");
};

/** A logo, a centre with two tools, and one with one tool and no logo: few letters, every case. */
const CENTRES = ["clb-de-brug", "clb-minimaal"] as const;

async function setUp(): Promise<{ profiles: string; templates: string; out: string }> {
  const dir = await tempDir("clb-manifest-inputs-");
  const profiles = path.join(dir, "profielen");
  await cp(PROFILES, profiles, {
    recursive: true,
    filter: (from) =>
      !from.endsWith(".yaml") || CENTRES.some((id) => path.basename(from) === `${id}.yaml`),
  });
  const templates = path.join(dir, "templates");
  await cp(TEMPLATES, templates, { recursive: true });
  return { profiles, templates, out: path.join(dir, "out") };
}

async function batch(profiles: string, templates: string, out: string): Promise<string> {
  const result = await runCli([
    "batch",
    "--audience",
    "all",
    "--documents",
    "letters",
    "--formats",
    "pdf,md",
    "--profiles",
    profiles,
    "--templates",
    templates,
    "--out",
    out,
    "--jobs",
    "1",
  ]);
  expect([result.code, result.stderr]).toEqual([0, ""]);
  return result.stdout;
}

async function readManifest(out: string): Promise<Manifest> {
  return ManifestSchema.parse(JSON.parse(await readFile(path.join(out, "manifest.json"), "utf8")));
}

/** The letter template of `tool`, then every partial in name order (docs/batch.md). */
async function templateFiles(templates: string, tool: string): Promise<Buffer[]> {
  const partials = (await readdir(path.join(templates, "partials")))
    .filter((name) => name.endsWith(".md.hbs"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Promise.all([
    readFile(path.join(templates, `${tool}.md.hbs`)),
    ...partials.map((name) => readFile(path.join(templates, "partials", name))),
  ]);
}

/** Asserts each entry's file hash and each of its input hashes against the files they name. */
async function expectHashesOfFiles(
  manifest: Manifest,
  dirs: { profiles: string; templates: string; out: string },
): Promise<void> {
  const tools = sha(await readFile(path.join(dirs.templates, "tools.yaml")));
  const checklist = sha(await readFile(path.join(dirs.templates, "checklist.yaml")));
  for (const entry of manifest.letters) {
    const where = entry.path;
    const data = await readFile(path.join(dirs.out, entry.path));
    expect(entry.sha256, where).toBe(sha(data));
    expect(entry.size, where).toBe(data.length);
    const profile = await readFile(path.join(dirs.profiles, `${entry.centre}.yaml`));
    // The example with a logo names it `logos/<id>.png`; the profile is followed by its logo.
    const logo =
      entry.centre === "clb-de-brug"
        ? [await readFile(path.join(dirs.profiles, "logos", "clb-de-brug.png"))]
        : [];
    expect(entry.inputs.profile, `${where}: inputs.profile`).toBe(sha(profile, ...logo));
    expect(entry.inputs.template, `${where}: inputs.template`).toBe(
      sha(...(await templateFiles(dirs.templates, entry.tool))),
    );
    expect(entry.inputs.tools, `${where}: inputs.tools`).toBe(tools);
    expect(entry.inputs.checklist, `${where}: inputs.checklist`).toBe(checklist);
  }
}

describe("the batch manifest's input hashes", () => {
  it("are the SHA-256 of the files they name; a vendor URL edit changes only that tool's letters", async () => {
    const dirs = await setUp();
    const { profiles, templates, out } = dirs;
    await batch(profiles, templates, out);
    const first = await readManifest(out);
    // de-brug: teams and praatbox; minimaal: teams; both audiences, two formats each.
    expect(first.letters).toHaveLength((2 + 1) * 2 * 2);
    expect(new Set(first.letters.map((e) => e.audience))).toEqual(new Set(["pupil", "parents"]));
    await expectHashesOfFiles(first, dirs);

    // One vendor URL in tools.yaml: Teams' privacy statement. The query marks it as a test's.
    const toolsFile = path.join(templates, "tools.yaml");
    const before = await readFile(toolsFile, "utf8");
    const oldUrl = "privacyUrl: https://privacy.microsoft.com/nl-nl/privacystatement";
    const newUrl = "https://privacy.microsoft.com/nl-nl/privacystatement?bewerkt=1";
    expect(before.split(oldUrl)).toHaveLength(2);
    await writeFile(toolsFile, before.replace(oldUrl, `privacyUrl: ${newUrl}`));

    await batch(profiles, templates, out);
    const second = await readManifest(out);
    await expectHashesOfFiles(second, dirs);
    expect(second.letters.map((e) => e.path)).toEqual(first.letters.map((e) => e.path));
    const firstByPath = new Map(first.letters.map((e) => [e.path, e]));
    for (const entry of second.letters) {
      const old = firstByPath.get(entry.path);
      // The whole file is one input: every letter records the new tools.yaml.
      expect(entry.inputs.tools, entry.path).not.toBe(old?.inputs.tools);
      if (entry.tool === "teams") {
        expect(entry.sha256, `${entry.path} should change`).not.toBe(old?.sha256);
      } else {
        expect(entry.sha256, `${entry.path} should stay the same`).toBe(old?.sha256);
      }
    }
    // The new address is in every Teams letter, the old one in none.
    for (const entry of second.letters.filter((e) => e.format === "md")) {
      const text = await readFile(path.join(out, entry.path), "utf8");
      expect(text.includes(newUrl), entry.path).toBe(entry.tool === "teams");
    }
  }, 120_000); // two batches of six letters in two formats on a shared two-core machine
});
