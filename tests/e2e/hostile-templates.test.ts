import { cp, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors/user-error.js";
import { createTranslator } from "../../src/core/i18n/translator.js";
import { formatUserError } from "../../src/node/cli/format-error.js";
import { generateCentre } from "../../src/node/io/generate-centre.js";
import { PROFILES, ROOT, runCli, TEMPLATES, tempDir } from "../helpers/cli.js";

const CORPUS = path.join(ROOT, "tests", "fixtures", "broken-templates");
const expected = JSON.parse(await readFile(path.join(CORPUS, "expected.json"), "utf8")) as Record<
  string,
  { key: string; file: string | null; line: boolean }
>;
const nl = createTranslator("nl");

/** The shipped templates with one case's files laid over them. */
async function templatesWith(name: string): Promise<string> {
  const dir = path.join(await tempDir("clb-tpl-"), "templates");
  await cp(TEMPLATES, dir, { recursive: true });
  await cp(path.join(CORPUS, name), dir, { recursive: true });
  return dir;
}

describe("a corpus of broken templates", () => {
  it("has at least 12 cases, each with its expectation", async () => {
    const cases = (await readdir(CORPUS, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(cases.length).toBeGreaterThanOrEqual(12);
    expect(cases.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))(
    "%s: refused, naming the file and construct, nothing written",
    async (name, want) => {
      const templates = await templatesWith(name);
      const out = path.join(path.dirname(templates), "out");
      let error: unknown;
      try {
        await generateCentre(path.join(PROFILES, "clb-de-brug.yaml"), {
          formats: ["md"],
          outDir: out,
          templatesDir: templates,
          tools: ["teams"],
        });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      const problems = (error as UserError).problems;
      const problem = problems.find((p) => p.key === want.key);
      expect(problem, JSON.stringify(problems)).toBeDefined();
      if (want.file) expect(problem!.file).toBe(path.join(templates, want.file));
      else expect(problem!.file.startsWith(templates)).toBe(true);
      if (want.line) expect(problem!.line).toBeGreaterThanOrEqual(1);
      // A partial that exists but is broken is not also reported as missing where it is used.
      if (want.key !== "template.unknownPartial")
        expect(problems.filter((p) => p.key === "template.unknownPartial")).toEqual([]);
      const message = formatUserError(nl, error as UserError);
      expect(message).toMatch(/^Fout: /);
      expect(message).not.toMatch(/undefined|\[object/);
      await expect(readdir(out)).rejects.toThrow();
    },
  );

  it("the CLI exits 1 with a Dutch message and no stack trace", async () => {
    const templates = await templatesWith("prototype-constructor");
    const result = await runCli([
      "generate",
      "-p",
      path.join(PROFILES, "clb-minimaal.yaml"),
      "--templates",
      templates,
      "-o",
      path.join(templates, "..", "out"),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /teams\.md\.hbs:3:3 {2}constructor\.constructor: Het sjabloon gebruikt “constructor\.constructor”, maar die waarde bestaat niet\./,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
