import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { memorySource } from "../../src/core/files/memory-source.js";
import {
  centreSpecs,
  checkDocument,
  makeDocument,
  parseProfileText,
  readPipelineInputs,
} from "../../src/core/pipeline/index.js";
import { toolChoices } from "../../src/core/tools/tool-catalog.js";
import { loadPipelineInputs, loadProfile } from "../../src/node/io/index.js";
import { loadShippedTools } from "../../src/node/io/load-tools.js";
import { PROFILES, TEMPLATES } from "../helpers/cli.js";

/*
 * The first proof that the browser can make a centre's letters (issue 28): the core gets the
 * shipped templates' text from a Map, as a page would from its bundle, and the profile's text
 * and logo as bytes, and makes the same documents as from the folder on disk.
 */

/** Every file of the shipped templates folder, by its name in the folder, as text. */
async function shippedTemplates(): Promise<Map<string, string>> {
  const names = await readdir(TEMPLATES, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of names.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    const name = path.relative(TEMPLATES, file).split(path.sep).join("/");
    files.set(name, await readFile(file, "utf8"));
  }
  return files;
}

/**
 * The logo's bytes as a plain Uint8Array: read from disk they are a Buffer (which the renderers
 * take), from memory a Uint8Array; the bytes are what must be equal.
 */
function plainLogo<T extends { logo?: { data: Uint8Array } }>(value: T): T {
  return value.logo
    ? { ...value, logo: { ...value.logo, data: new Uint8Array(value.logo.data) } }
    : value;
}

const PROFILE = path.join(PROFILES, "clb-de-brug.yaml");
const specs = centreSpecs(["teams"], {
  audiences: ["pupil", "parents"],
  documents: ["letters", "guides"],
});

describe("the core, from memory", () => {
  it("makes the pupil's and parents' Teams letters and the guide as from the folder on disk", async () => {
    // A root that is no folder anywhere: nothing can be read from disk by its names.
    const source = memorySource(await shippedTemplates(), "browser:templates");
    const fromMemory = await readPipelineInputs(source, ["teams"], { guides: true });
    const fromDisk = await loadPipelineInputs(["teams"], { guides: true });

    const text = await readFile(PROFILE, "utf8");
    const logoName = "logos/clb-de-brug.png";
    const logo = new Uint8Array(await readFile(path.join(PROFILES, logoName)));
    const diskProfile = await loadProfile(PROFILE);
    const memoryProfile = await parseProfileText(PROFILE, text, {
      tools: toolChoices(fromMemory.tools),
      readLogo: async (name) =>
        name === logoName ? { file: diskProfile.logo!.file, bytes: logo } : { refused: "missing" },
    });
    expect(memoryProfile.logo?.format).toBe("png");
    expect(plainLogo(memoryProfile)).toEqual(plainLogo(diskProfile));

    expect(specs.map((s) => s.baseName)).toEqual([
      "toestemming-teams",
      "toestemming-teams-ouders",
      "handleiding-teams",
    ]);
    for (const spec of specs) {
      const options = { date: "2026-09-01" };
      const made = makeDocument(memoryProfile, spec, fromMemory, options);
      const expected = makeDocument(diskProfile, spec, fromDisk, options);
      expect(made.blocks.length).toBeGreaterThan(10);
      expect({ ...made, meta: plainLogo(made.meta) }).toEqual({
        ...expected,
        meta: plainLogo(expected.meta),
      });
      expect(checkDocument(made, memoryProfile, spec, fromMemory)).toEqual([]);
    }
  });

  it("names the files of the source in its messages, with line and column", async () => {
    const files = await shippedTemplates();
    files.set("teams.md.hbs", `${files.get("teams.md.hbs")}\n{{centre.nmae}}\n`);
    const source = memorySource(files, "browser:templates");
    const inputs = await readPipelineInputs(source, ["teams"]);
    const loaded = await parseProfileText(PROFILE, await readFile(PROFILE, "utf8"), {
      tools: toolChoices(await loadShippedTools()),
      readLogo: async () => ({ refused: "missing" }),
    }).catch((error: unknown) => error);
    // The logo cannot be found in memory: refused at the profile's `logo:` line.
    expect(loaded).toMatchObject({ key: "profile.invalid" });
    expect((loaded as { problems: unknown[] }).problems[0]).toMatchObject({
      file: PROFILE,
      field: "logo",
      key: "profile.logoMissing",
    });
    const withoutLogo = await parseProfileText(
      PROFILE,
      (await readFile(PROFILE, "utf8")).replace(/^logo:.*$/m, ""),
      { tools: toolChoices(inputs.tools), readLogo: async () => ({ refused: "missing" }) },
    );
    const error = (() => {
      try {
        makeDocument(withoutLogo, specs[0]!, inputs);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toMatchObject({ key: "template.failed" });
    const lines = files.get("teams.md.hbs")!.split("\n");
    expect((error as { problems: unknown[] }).problems[0]).toMatchObject({
      file: "browser:templates/teams.md.hbs",
      line: lines.indexOf("{{centre.nmae}}") + 1,
    });
  });
});
