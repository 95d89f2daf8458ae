import { createHash } from "node:crypto";
import { appendFile, cp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ToolSchema } from "../../src/core/tools/tool-schema.js";
import { type Manifest, ManifestSchema } from "../../src/node/batch/manifest.js";
import { PROFILES, runCli, TEMPLATES, tempDir } from "../helpers/cli.js";

// What the manifest promises (docs/batch.md): each input hash is computed here from the files it
// names, never by the code under test (issue 27, point 8: `inputs.tools` hashed over another
// file and nothing failed). The profile, template and checklist hashes are the plain SHA-256 of
// the file(s), as `cat a b | sha256sum` prints it; `tools` is the SHA-256 of the tool's own
// entry of tools.yaml as JSON, so editing one vendor's entry makes only that tool's letters again.

const sha = (...files: readonly (Buffer | string)[]) => {
  const hash = createHash("sha256");
  for (const file of files) hash.update(file);
  return hash.digest("hex");
};

/** src/node/batch/hash.ts's `sha256`, as docs/batch.md describes it: each part followed by a NUL. */
const parts = (...values: readonly string[]) => sha(...values.flatMap((v) => [v, "\0"]));

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
    "letters,guides",
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

/** The template of `tool` in `templates`, then every partial there in name order (docs/batch.md). */
async function templateFiles(templates: string, tool: string): Promise<Buffer[]> {
  const partials = (await readdir(path.join(templates, "partials")))
    .filter((name) => name.endsWith(".md.hbs"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Promise.all([
    readFile(path.join(templates, `${tool}.md.hbs`)),
    ...partials.map((name) => readFile(path.join(templates, "partials", name))),
  ]);
}

/** The tool's entry of tools.yaml as the letters read it (with the schema's defaults), as JSON. */
async function toolEntryJson(templates: string, tool: string): Promise<string> {
  const file = parse(await readFile(path.join(templates, "tools.yaml"), "utf8")) as {
    tools: Record<string, unknown>;
  };
  return JSON.stringify(ToolSchema.parse(file.tools[tool]));
}

/** Asserts each entry's file hash and every one of its input hashes against the files they name. */
async function expectHashesOfFiles(
  manifest: Manifest,
  dirs: { profiles: string; templates: string; out: string },
): Promise<void> {
  const { templates } = dirs;
  const checklist = sha(await readFile(path.join(templates, "checklist.yaml")));
  const guideChecklist = sha(await readFile(path.join(templates, "guide-checklist.yaml")));
  const guideFacts = sha(await readFile(path.join(templates, "guides", "tool-guides.yaml")));
  for (const entry of manifest.letters) {
    const where = entry.path;
    const guide = entry.kind === "guide";
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
    // A guide: its template and the guides' partials (as a letter's), then the guide facts.
    const template = guide
      ? parts(sha(...(await templateFiles(path.join(templates, "guides"), entry.tool))), guideFacts)
      : sha(...(await templateFiles(templates, entry.tool)));
    expect(entry.inputs.template, `${where}: inputs.template`).toBe(template);
    expect(entry.inputs.tools, `${where}: inputs.tools`).toBe(
      sha(await toolEntryJson(templates, entry.tool)),
    );
    // A guide is checked against guide-checklist.yaml, never against the letters' checklist.
    expect(entry.inputs.checklist, `${where}: inputs.checklist`).toBe(
      guide ? guideChecklist : checklist,
    );
    // Everything above, with the generator, format, date and reader (src/node/batch/plan-batch.ts).
    expect(entry.inputs.all, `${where}: inputs.all`).toBe(
      parts(
        manifest.generator,
        entry.format,
        entry.date,
        "",
        entry.audience === "parents" ? "parents" : "",
        entry.inputs.profile,
        entry.inputs.template,
        entry.inputs.tools,
        entry.inputs.checklist,
        ...(guide ? ["guide"] : []),
      ),
    );
  }
}

/** Every file's modification time, by manifest path: a file kept is not written again. */
async function mtimes(out: string, manifest: Manifest): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for (const e of manifest.letters) times.set(e.path, (await stat(path.join(out, e.path))).mtimeMs);
  return times;
}

/** Which files of `before` were written again (a new mtime) by the run that made `after`. */
function rewritten(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after].filter(([file, time]) => before.get(file) !== time).map(([file]) => file);
}

describe("the batch manifest's input hashes", () => {
  it("are the hashes of what they name; an edit rewrites exactly the files made from it", async () => {
    const dirs = await setUp();
    const { profiles, templates, out } = dirs;
    await batch(profiles, templates, out);
    const first = await readManifest(out);
    // de-brug: teams and praatbox; minimaal: teams. Letters: both audiences; guides: one reader.
    expect(first.letters).toHaveLength((2 + 1) * (2 + 1) * 2);
    expect(new Set(first.letters.map((e) => e.audience))).toEqual(
      new Set(["pupil", "parents", "staff"]),
    );
    await expectHashesOfFiles(first, dirs);
    const all = first.letters.map((e) => e.path).sort();
    // Files keep their times only if the run writes nothing; wait a tick so a rewrite shows.
    const waitTick = () => new Promise((resolve) => setTimeout(resolve, 20));

    // One vendor URL in tools.yaml: Teams' privacy statement. The query marks it as a test's.
    const toolsFile = path.join(templates, "tools.yaml");
    const before = await readFile(toolsFile, "utf8");
    const oldUrl = "privacyUrl: https://privacy.microsoft.com/nl-nl/privacystatement";
    const newUrl = "https://privacy.microsoft.com/nl-nl/privacystatement?bewerkt=1";
    expect(before.split(oldUrl)).toHaveLength(2);
    await writeFile(toolsFile, before.replace(oldUrl, `privacyUrl: ${newUrl}`));
    const times1 = await mtimes(out, first);
    await waitTick();
    const teams = all.filter((p) => first.letters.find((e) => e.path === p)?.tool === "teams");
    const stdout = await batch(profiles, templates, out);
    // Teams' letters and guides (which name the tool's facts too), and nothing else.
    expect(stdout).toContain(
      `${teams.length} geschreven, ${all.length - teams.length} ongewijzigd`,
    );
    const second = await readManifest(out);
    await expectHashesOfFiles(second, dirs);
    expect(second.letters.map((e) => e.path).sort()).toEqual(all);
    expect(rewritten(times1, await mtimes(out, second)).sort()).toEqual(teams);
    const firstByPath = new Map(first.letters.map((e) => [e.path, e]));
    for (const entry of second.letters) {
      const old = firstByPath.get(entry.path);
      const edited = entry.tool === "teams";
      expect(entry.inputs.tools !== old?.inputs.tools, `${entry.path}: inputs.tools`).toBe(edited);
      expect(entry.sha256 !== old?.sha256, `${entry.path}: bytes`).toBe(
        edited && entry.kind === "letter",
      );
    }
    // The new address is in every Teams letter, the old one in none.
    for (const entry of second.letters.filter((e) => e.format === "md" && e.kind === "letter")) {
      const text = await readFile(path.join(out, entry.path), "utf8");
      expect(text.includes(newUrl), entry.path).toBe(entry.tool === "teams");
    }

    // checklist.yaml is the letters' checklist: an edit makes the letters again, no guide.
    const checklistFile = path.join(templates, "checklist.yaml");
    await appendFile(checklistFile, "# bewerkt door een test\n");
    const times2 = await mtimes(out, second);
    await waitTick();
    await batch(profiles, templates, out);
    const third = await readManifest(out);
    await expectHashesOfFiles(third, dirs);
    const letters = all.filter((p) => third.letters.find((e) => e.path === p)?.kind === "letter");
    expect(rewritten(times2, await mtimes(out, third)).sort()).toEqual(letters);

    // guide-checklist.yaml is the guides': an edit makes the guides again, no letter.
    await appendFile(path.join(templates, "guide-checklist.yaml"), "# bewerkt door een test\n");
    const times3 = await mtimes(out, third);
    await waitTick();
    await batch(profiles, templates, out);
    const fourth = await readManifest(out);
    await expectHashesOfFiles(fourth, dirs);
    expect(rewritten(times3, await mtimes(out, fourth)).sort()).toEqual(
      all.filter((p) => !letters.includes(p)),
    );
  }, 180_000); // four batches of 18 files in two formats on a shared two-core machine
});
