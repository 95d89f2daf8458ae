import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isUserError, UserError } from "../../src/core/errors/user-error.js";
import {
  buildCentre,
  centreSpecs,
  letterSpec,
  prepareDocument,
} from "../../src/core/pipeline/index.js";
import {
  loadPipelineInputs,
  parseProfile,
  resolveOutput,
  writeRenderedFiles,
} from "../../src/node/io/index.js";
import { PROFILES, profileYaml, tempDir } from "../helpers/cli.js";
import { editedTemplates } from "../helpers/edit-templates.js";

const LOGO = path.join(PROFILES, "logos", "clb-de-brug.png");

/** A profile that exists only in memory: its file and its logo are nowhere on disk. */
async function inMemory(logo?: Uint8Array) {
  const file = path.join("/nergens", "upload", "clb-test.yaml");
  const text = profileYaml(logo ? { logo: "logo: logo.png" } : {});
  return parseProfile(file, text, logo ? { logo } : {});
}

describe("one centre's pipeline, in memory", () => {
  it("loads a profile and an uploaded logo from memory, without files", async () => {
    const bytes = new Uint8Array(await readFile(LOGO));
    const loaded = await inMemory(bytes);
    expect(loaded.profile.id).toBe("clb-test");
    expect(loaded.logo?.format).toBe("png");
    expect(Buffer.from(loaded.logo!.data).equals(Buffer.from(bytes))).toBe(true);
    // Positions of the values come with it, for later messages.
    expect(loaded.positions?.name).toEqual({ line: 2, column: 7 });
  });

  it("refuses an uploaded logo that is no image, naming the profile's line", async () => {
    const error = await inMemory(new TextEncoder().encode("geen afbeelding")).catch(
      (e: unknown) => e,
    );
    expect(isUserError(error)).toBe(true);
    const logoLine = profileYaml({ logo: "logo: logo.png" }).split("\n").indexOf("logo: logo.png");
    expect((error as UserError).problems[0]).toMatchObject({
      field: "logo",
      key: "profile.logoType",
      line: logoLine + 1,
    });
  });

  it("renders every document of the specs in every format, as relative paths, writing nothing", async () => {
    const loaded = await inMemory();
    const inputs = await loadPipelineInputs(loaded.profile.tools);
    const files = await buildCentre(loaded, inputs, { formats: ["md", "txt"] });
    expect(files.map((f) => [f.path, f.kind, f.tool, f.format, f.baseName])).toEqual([
      ["clb-test/toestemming-teams.md", "letter", "teams", "md", "toestemming-teams"],
      ["clb-test/toestemming-teams.txt", "letter", "teams", "txt", "toestemming-teams"],
      ["clb-test/toestemming-praatbox.md", "letter", "praatbox", "md", "toestemming-praatbox"],
      ["clb-test/toestemming-praatbox.txt", "letter", "praatbox", "txt", "toestemming-praatbox"],
    ]);
    const md = new TextDecoder().decode(files[0]!.bytes);
    expect(md).toContain("CLB Test");
    expect(files.every((f) => f.date === "2026-11-23")).toBe(true);
    // Only the specs asked for.
    const one = await buildCentre(loaded, inputs, {
      specs: [letterSpec("praatbox")],
      formats: ["md"],
    });
    expect(one.map((f) => f.path)).toEqual(["clb-test/toestemming-praatbox.md"]);
  });

  it("checks every document before rendering any: one missing clause refuses the centre", async () => {
    const templates = await editedTemplates([
      { file: "partials/datalek.md.hbs", remove: /^[\s\S]*$/ },
    ]);
    const loaded = await inMemory();
    const inputs = await loadPipelineInputs(loaded.profile.tools, { templatesDir: templates });
    const prepared = prepareDocument(loaded, letterSpec("teams"), inputs);
    expect(prepared.missing.map((p) => p.field)).toContain("datalek");
    const error = await buildCentre(loaded, inputs, { formats: ["md"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).key).toBe("generate.letterRefused");
    expect((error as UserError).params.tools).toBe("teams, praatbox");
  });

  it("writes the rendered files in a separate step, each inside the output folder", async () => {
    const out = await tempDir();
    const loaded = await inMemory();
    const inputs = await loadPipelineInputs(["teams"]);
    const files = await buildCentre(loaded, inputs, {
      specs: centreSpecs(["teams"]),
      formats: ["txt"],
    });
    expect(await readdir(out)).toEqual([]);
    const written = await writeRenderedFiles(out, files);
    expect(written.map((w) => w.file)).toEqual([
      path.join(out, "clb-test", "toestemming-teams.txt"),
    ]);
    expect(written[0]!.size).toBe(files[0]!.bytes.length);
    expect(await readFile(written[0]!.file)).toEqual(Buffer.from(files[0]!.bytes));
    expect(() => resolveOutput(out, "../elders.txt")).toThrow(/escapes/);
  });
});
