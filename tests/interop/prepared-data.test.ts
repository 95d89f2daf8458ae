import { execFile } from "node:child_process";
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { PreparedYamlFile } from "../../src/node/io/prepared-yaml-file.js";
import { PROFILES, ROOT, tempDir } from "../helpers/cli.js";

// The shipped YAML parsed and the shipped templates precompiled at build time
// (bundle/prepared-yaml.json, bundle/prepared-templates.json, issue 30): used by the built CLI,
// the same bytes as without them, an edited templates folder read as it is now, and a file that
// cannot be used changes nothing.

const run = promisify(execFile);
const YAML_FILE = "prepared-yaml.json";
const TEMPLATES_DIR = "prepared-templates";

interface Package {
  /** What each prepared file becomes (undefined: no file); the shipped one when not named. */
  readonly yaml?: string | undefined;
  /** What is done to the copied folder of precompiled templates (undefined: no folder). */
  readonly templates?: ((dir: string) => Promise<void>) | undefined;
  /** A change to a copy of templates/ (else templates/ is linked). */
  readonly editTemplates?: (dir: string) => Promise<void>;
}

/** A copy of the built package in a temporary folder: bin/ and bundle/ copied, the rest linked. */
async function packageWith(options: Package): Promise<string> {
  const home = await tempDir("clb-prepared-data-");
  await cp(path.join(ROOT, "bin"), path.join(home, "bin"), { recursive: true });
  await cp(path.join(ROOT, "bundle"), path.join(home, "bundle"), { recursive: true });
  for (const linked of ["node_modules", "clb-profiles", "schema", "package.json"]) {
    await symlink(path.join(ROOT, linked), path.join(home, linked));
  }
  if (options.editTemplates) {
    await cp(path.join(ROOT, "templates"), path.join(home, "templates"), { recursive: true });
    await options.editTemplates(path.join(home, "templates"));
  } else {
    await symlink(path.join(ROOT, "templates"), path.join(home, "templates"));
  }
  const yaml = path.join(home, "bundle", YAML_FILE);
  const content = "yaml" in options ? options.yaml : shippedYaml;
  if (content === undefined) await rm(yaml);
  else await writeFile(yaml, content);
  const templates = path.join(home, "bundle", TEMPLATES_DIR);
  if (!("templates" in options)) {
    // The shipped folder, as copied.
  } else if (options.templates === undefined) await rm(templates, { recursive: true });
  else await options.templates(templates);
  return home;
}

/** The Teams files `generate` writes for one centre in Markdown and PDF, Arabic and French too. */
async function centreFiles(home: string): Promise<Record<string, string>> {
  const out = await tempDir("clb-prepared-data-out-");
  const profile = path.join(PROFILES, "clb-de-brug.yaml");
  const bin = path.join(home, "bin", "clb-consent.js");
  const args = [
    "generate",
    "-p",
    profile,
    "-t",
    "teams",
    "-f",
    "md,pdf",
    "--translations",
    "ar,fr",
    "-o",
    out,
  ];
  await run(process.execPath, [bin, ...args]);
  const dir = path.join(out, "clb-de-brug");
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    files[name] = (await readFile(path.join(dir, name))).toString("base64");
  }
  return files;
}

const text = (files: Record<string, string>, name: string) =>
  Buffer.from(files[name] ?? "", "base64").toString("utf8");

let shippedYaml: string;
let withoutFiles: Record<string, string>;

beforeAll(async () => {
  shippedYaml = await readFile(path.join(ROOT, "bundle", YAML_FILE), "utf8");
  withoutFiles = await centreFiles(await packageWith({ yaml: undefined, templates: undefined }));
}, 240_000);

/** The shipped YAML file with every prepared tools.yaml's `replace` made in its values. */
function yamlWith(from: string, to: string): string {
  const data = JSON.parse(shippedYaml) as PreparedYamlFile;
  return JSON.stringify({
    texts: data.texts.map(([source, json]) => [source, json.replaceAll(from, to)]),
  });
}

/** `from` replaced by `to` in every precompiled template of the folder `dir`. */
const templatesWith = (from: string, to: string) => async (dir: string) => {
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name);
    await writeFile(file, (await readFile(file, "utf8")).replaceAll(from, to));
  }
};

/** Every precompiled template of the folder `dir` given `content`. */
const templatesAll = (content: string) => async (dir: string) => {
  for (const name of await readdir(dir)) await writeFile(path.join(dir, name), content);
};

describe("the YAML and templates prepared at build time", () => {
  it("are written by the build: every YAML file and template of templates/", async () => {
    const yaml = JSON.parse(shippedYaml) as PreparedYamlFile;
    const tools = await readFile(path.join(ROOT, "templates", "tools.yaml"), "utf8");
    expect(yaml.texts.map(([source]) => source)).toContain(tools);
    // One file per template compiled: the letters, partials, guides, e-mail of every language.
    const templates = await readdir(path.join(ROOT, "bundle", TEMPLATES_DIR));
    const hbs = (await readdir(path.join(ROOT, "templates"), { recursive: true })).filter((name) =>
      name.endsWith(".hbs"),
    );
    expect(templates.length).toBeGreaterThan(hbs.length / 2);
  });

  it("give a centre the very files it gets without them (Dutch, Arabic, French)", async () => {
    const files = await centreFiles(await packageWith({}));
    expect(Object.keys(files).filter((name) => name.endsWith("-ar.pdf")).length).toBeGreaterThan(0);
    expect(files).toEqual(withoutFiles);
  }, 240_000);

  it("are used: a value changed in the prepared YAML shows in the letter", async () => {
    // Microsoft Teams is tools.yaml's name of the tool; the letter names it.
    expect(text(withoutFiles, "toestemming-teams.md")).toContain("Microsoft Teams");
    const files = await centreFiles(
      await packageWith({ yaml: yamlWith("Microsoft Teams", "MS-T") }),
    );
    expect(text(files, "toestemming-teams.md")).toContain("MS-T");
  }, 240_000);

  it("are used: a word changed in a precompiled template shows in the letter", async () => {
    const word = "toestemming";
    expect(text(withoutFiles, "toestemming-teams.md")).toContain(word);
    const files = await centreFiles(
      await packageWith({ templates: templatesWith(word, "TOESTEMMING-PREP") }),
    );
    expect(text(files, "toestemming-teams.md")).toContain("TOESTEMMING-PREP");
  }, 240_000);

  it("are used by the batch's worker threads too", async () => {
    const home = await packageWith({
      yaml: yamlWith("Microsoft Teams", "MS-T"),
      templates: templatesWith("toestemming", "TOESTEMMING-PREP"),
    });
    const profiles = await tempDir("clb-prepared-data-profiles-");
    // Two centres, so that two worker threads make them (one centre is made in this thread).
    for (const name of ["clb-de-brug.yaml", "clb-open-net.yaml"])
      await cp(path.join(PROFILES, name), path.join(profiles, name));
    await cp(path.join(PROFILES, "logos"), path.join(profiles, "logos"), { recursive: true });
    const out = await tempDir("clb-prepared-data-batch-");
    const bin = path.join(home, "bin", "clb-consent.js");
    await run(process.execPath, [
      ...[bin, "batch", "--profiles", profiles, "-t", "teams", "-f", "md", "-j", "2", "-o", out],
    ]);
    const letter = await readFile(path.join(out, "clb-de-brug", "toestemming-teams.md"), "utf8");
    expect(letter).toContain("MS-T");
    expect(letter).toContain("TOESTEMMING-PREP");
  }, 240_000);

  it("leave an edited tools.yaml and template to be read as they are now", async () => {
    const edit = async (dir: string) => {
      const tools = path.join(dir, "tools.yaml");
      await writeFile(
        tools,
        (await readFile(tools, "utf8")).replaceAll("Microsoft Teams", "Teams van MS"),
      );
      const teams = path.join(dir, "teams.md.hbs");
      await writeFile(
        teams,
        `${await readFile(teams, "utf8")}\nEen zin die de gebruiker toevoegde.\n`,
      );
    };
    const edited = await centreFiles(await packageWith({ editTemplates: edit }));
    const letter = text(edited, "toestemming-teams.md");
    expect(letter).toContain("Teams van MS");
    expect(letter).not.toContain("Microsoft Teams");
    expect(letter).toContain("Een zin die de gebruiker toevoegde.");
    // And the same bytes as the edited folder gives without the prepared files.
    const plain = await centreFiles(
      await packageWith({ editTemplates: edit, yaml: undefined, templates: undefined }),
    );
    expect(edited).toEqual(plain);
  }, 480_000);

  it.each([
    ["damaged files", () => ({ yaml: shippedYaml.slice(0, 100), templates: templatesAll("{") })],
    ["empty files", () => ({ yaml: "", templates: templatesAll("") })],
    [
      "files named by no template's hash (renamed)",
      () => ({
        templates: async (dir: string) => {
          // Each file renamed (and given the next one's code): no template finds its own,
          // as a file is found only by the hash of its template's text.
          const names = (await readdir(dir)).sort();
          const codes = await Promise.all(names.map((n) => readFile(path.join(dir, n), "utf8")));
          await rm(dir, { recursive: true });
          await mkdir(dir);
          for (const [i, name] of names.entries())
            await writeFile(path.join(dir, `x${name}`), codes[(i + 1) % codes.length]!);
        },
      }),
    ],
    ["entries of the wrong shape", () => ({ yaml: JSON.stringify({ texts: [[1, 2], "x"] }) })],
  ])(
    "are not used from %s: the files are those made without them",
    async (_, make) => {
      const files = await centreFiles(await packageWith(make()));
      expect(files).toEqual(withoutFiles);
    },
    240_000,
  );
});
