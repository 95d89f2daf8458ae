import { execFile } from "node:child_process";
import { cp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { PreparedTemplatesFile } from "../../src/node/io/prepared-templates.js";
import type { PreparedYamlFile } from "../../src/node/io/prepared-yaml-file.js";
import { PROFILES, ROOT, tempDir } from "../helpers/cli.js";

// The shipped YAML parsed and the shipped templates precompiled at build time
// (bundle/prepared-yaml.json, bundle/prepared-templates.json, issue 30): used by the built CLI,
// the same bytes as without them, an edited templates folder read as it is now, and a file that
// cannot be used changes nothing.

const run = promisify(execFile);
const YAML_FILE = "prepared-yaml.json";
const TEMPLATES_FILE = "prepared-templates.json";

interface Package {
  /** What each prepared file becomes (undefined: no file); the shipped one when not named. */
  readonly yaml?: string | undefined;
  readonly templates?: string | undefined;
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
  for (const [name, content] of [
    [YAML_FILE, "yaml" in options ? options.yaml : shippedYaml],
    [TEMPLATES_FILE, "templates" in options ? options.templates : shippedTemplates],
  ] as const) {
    const file = path.join(home, "bundle", name);
    if (content === undefined) await rm(file);
    else await writeFile(file, content);
  }
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
let shippedTemplates: string;
let withoutFiles: Record<string, string>;

beforeAll(async () => {
  shippedYaml = await readFile(path.join(ROOT, "bundle", YAML_FILE), "utf8");
  shippedTemplates = await readFile(path.join(ROOT, "bundle", TEMPLATES_FILE), "utf8");
  withoutFiles = await centreFiles(await packageWith({ yaml: undefined, templates: undefined }));
}, 240_000);

/** The shipped YAML file with every prepared tools.yaml's `replace` made in its values. */
function yamlWith(from: string, to: string): string {
  const data = JSON.parse(shippedYaml) as PreparedYamlFile;
  return JSON.stringify({
    texts: data.texts.map(([source, json]) => [source, json.replaceAll(from, to)]),
  });
}

/** The shipped templates file with `from` replaced by `to` in every precompiled template. */
function templatesWith(from: string, to: string): string {
  const data = JSON.parse(shippedTemplates) as PreparedTemplatesFile;
  return JSON.stringify({
    ...data,
    templates: data.templates.map(([source, options, spec]) => [
      source,
      options,
      spec.replaceAll(from, to),
    ]),
  });
}

describe("the YAML and templates prepared at build time", () => {
  it("are written by the build: every YAML file and template of templates/", async () => {
    const yaml = JSON.parse(shippedYaml) as PreparedYamlFile;
    const tools = await readFile(path.join(ROOT, "templates", "tools.yaml"), "utf8");
    expect(yaml.texts.map(([source]) => source)).toContain(tools);
    const templates = JSON.parse(shippedTemplates) as PreparedTemplatesFile;
    const teams = await readFile(path.join(ROOT, "templates", "teams.md.hbs"), "utf8");
    expect(templates.templates.map(([source]) => source)).toContain(teams);
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
    ["damaged files", () => ({ yaml: shippedYaml.slice(0, 100), templates: "{" })],
    ["empty files", () => ({ yaml: "", templates: "" })],
    [
      "another Handlebars version (its changed templates not used)",
      () => ({
        templates: JSON.stringify({
          ...(JSON.parse(templatesWith("toestemming", "TOESTEMMING-PREP")) as object),
          handlebars: "0.0.0",
        }),
      }),
    ],
    [
      "entries of the wrong shape",
      () => ({
        yaml: JSON.stringify({ texts: [[1, 2], "x"] }),
        templates: JSON.stringify({ templates: 7 }),
      }),
    ],
  ])(
    "are not used from %s: the files are those made without them",
    async (_, make) => {
      const files = await centreFiles(await packageWith(make()));
      expect(files).toEqual(withoutFiles);
    },
    240_000,
  );
});
