import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors/user-error.js";
import { letterContext } from "../../src/core/letter/letter-context.js";
import { toolFacts } from "../../src/core/tools/tool-catalog.js";
import { loadProfile } from "../../src/node/io/load-profile.js";
import { loadTemplates } from "../../src/node/io/load-templates.js";
import { loadTools } from "../../src/node/io/load-tools.js";
import { PROFILES, TEMPLATES, tempDir } from "../helpers/cli.js";

async function editedTemplates(file: string, edit: (text: string) => string): Promise<string> {
  const dir = path.join(await tempDir(), "templates");
  await cp(TEMPLATES, dir, { recursive: true });
  const target = path.join(dir, file);
  await writeFile(target, edit(await readFile(target, "utf8")));
  return dir;
}

async function failure(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error("expected a UserError");
}

const loaded = await loadProfile(path.join(PROFILES, "clb-de-brug.yaml"));
const tools = await loadTools(path.join(TEMPLATES, "tools.yaml"));
const context = letterContext(loaded.profile, "teams", toolFacts(tools, "teams"), "2026-11-23");

describe("loading templates", () => {
  it("reports a block closed with the wrong name, with file, line and column", async () => {
    const dir = await editedTemplates("partials/livestream.md.hbs", (t) =>
      t.replace("{{/if}}\n", "{{/iff}}\n"),
    );
    const error = await failure(loadTemplates(dir, ["teams"]));
    expect(error.problems[0]).toMatchObject({
      file: path.join(dir, "partials/livestream.md.hbs"),
      key: "template.blockMismatch",
      // The bullet's inline block, after the partial's two comment lines and its {{#if}}.
      line: 4,
    });
  });

  it("reports an unclosed block where it opens", async () => {
    const dir = await editedTemplates(
      "teams.md.hbs",
      (t) => `${t}\n{{#if centre.dpo}}\nnooit gesloten\n`,
    );
    const error = await failure(loadTemplates(dir, ["teams"]));
    const lines = (await readFile(path.join(dir, "teams.md.hbs"), "utf8")).split("\n");
    expect(error.problems[0]).toMatchObject({
      key: "template.unclosedBlock",
      line: lines.indexOf("{{#if centre.dpo}}") + 1,
      column: 1,
    });
  });

  it("reports an unknown helper, partial and decorator with their positions", async () => {
    const dir = await editedTemplates(
      "teams.md.hbs",
      (t) => `{{vet centre.name}}\n{{> bestaatniet}}\n{{* deco}}\n${t}`,
    );
    const error = await failure(loadTemplates(dir, ["teams"]));
    expect(error.problems.map((p) => [p.key, p.line, p.column])).toEqual([
      ["template.unknownHelper", 1, 3],
      ["template.unknownPartial", 2, 1],
      ["template.decorator", 3, 1],
    ]);
  });

  it("names a misspelt variable with its whole path, position and a suggestion", async () => {
    const dir = await editedTemplates("teams.md.hbs", () => "# T\n\nHallo {{centre.nmae}}\n");
    const templates = await loadTemplates(dir, ["teams"]);
    let error: unknown;
    try {
      templates.render("teams", context);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).problems[0]).toMatchObject({
      file: path.join(dir, "teams.md.hbs"),
      line: 3,
      column: 9,
      key: "template.unknownVariableSuggest",
      params: { name: "centre.nmae", suggestion: "centre.name" },
    });
  });

  it("blames the partial, not the letter, for a variable misspelt in a partial", async () => {
    const dir = await editedTemplates("partials/datalek.md.hbs", (t) => `${t}{{centre.naam}}\n`);
    const templates = await loadTemplates(dir, ["teams"]);
    expect(() => templates.render("teams", context)).toThrow(
      expect.objectContaining({
        problems: [expect.objectContaining({ file: path.join(dir, "partials/datalek.md.hbs") })],
      }),
    );
  });

  it("stops a partial that includes itself", async () => {
    const dir = await editedTemplates("partials/datalek.md.hbs", (t) => `${t}{{> datalek}}\n`);
    const templates = await loadTemplates(dir, ["teams"]);
    expect(() => templates.render("teams", context)).toThrow(
      expect.objectContaining({ key: "template.recursion" }),
    );
  });

  it("blocks prototype access", async () => {
    const dir = await editedTemplates("teams.md.hbs", () => "# T\n\n{{constructor.constructor}}\n");
    const templates = await loadTemplates(dir, ["teams"]);
    expect(() => templates.render("teams", context)).toThrow(UserError);
  });
});

describe("the shipped templates", () => {
  it("fill in without errors for both tools and start with the title", async () => {
    const templates = await loadTemplates(TEMPLATES, ["teams", "praatbox"]);
    for (const tool of ["teams", "praatbox"] as const) {
      const markdown = templates.render(
        tool,
        letterContext(loaded.profile, tool, toolFacts(tools, tool), "2026-11-23"),
      );
      expect(
        markdown.startsWith(
          `# Beeldbellen met ${toolFacts(tools, tool).name}: geïnformeerde toestemming voor `,
        ),
      ).toBe(true);
      expect(markdown).toMatch(/^## Meer uitleg$/m);
      expect(markdown).toMatch(/^### Je akkoord intrekken$/m);
    }
  });
});
