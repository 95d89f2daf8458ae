import { cp, readdir, readFile, truncate, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors/user-error.js";
import { readDocx } from "../../src/core/extract/read-docx.js";
import { readPdf } from "../../src/core/extract/read-pdf.js";
import { createTranslator } from "../../src/core/i18n/translator.js";
import { formatUserError } from "../../src/node/cli/format-error.js";
import { generateCentre } from "../../src/node/io/generate-centre.js";
import { loadProfile } from "../../src/node/io/load-profile.js";
import { PROFILES, profileYaml, ROOT, runCli, tempDir } from "../helpers/cli.js";
import { editedTemplates } from "../helpers/edit-templates.js";
import { strictReport } from "../helpers/letters.js";

const CORPUS = path.join(ROOT, "tests", "fixtures", "broken-profiles");
const expected = JSON.parse(await readFile(path.join(CORPUS, "expected.json"), "utf8")) as Record<
  string,
  { key: string; field?: string }
>;
const nl = createTranslator("nl");

async function refusal(file: string): Promise<UserError> {
  try {
    await loadProfile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error(`${file} was accepted`);
}

describe("a corpus of broken profiles", () => {
  it("has at least 25 cases, each with its expectation", async () => {
    const files = (await readdir(CORPUS)).filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(files.map((f) => f.replace(/\.yaml$/, "")).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))(
    "%s: refused with file, line and field, in Dutch",
    async (name, want) => {
      const file = path.join(CORPUS, `${name}.yaml`);
      const error = await refusal(file);
      expect(error.key).toBe("profile.invalid");
      const problem = error.problems.find((p) => p.key === want.key);
      expect(problem, JSON.stringify(error.problems)).toBeDefined();
      expect(problem!.file).toBe(file);
      expect(problem!.line).toBeGreaterThanOrEqual(1);
      if (want.field) expect(problem!.field).toBe(want.field);
      const message = formatUserError(nl, error);
      expect(message).toMatch(/^Fout: Het profiel .* bevat \d+ fout\(en\)/);
      expect(message).not.toMatch(/undefined|\{\{|\[object/);
      expect(message).toContain(`${name}.yaml:${problem!.line}:`);
    },
  );

  it("in a batch, a profile too large to read is named, with a line that it got no letters", async () => {
    const dir = await tempDir();
    const profiles = path.join(dir, "profielen");
    await cp(path.join(PROFILES, "clb-minimaal.yaml"), path.join(profiles, "clb-minimaal.yaml"));
    await writeFile(path.join(profiles, "groot.yaml"), `# ${"x".repeat(300 * 1024)}\n`);
    const out = path.join(dir, "out");
    const result = await runCli([
      "batch",
      "--audience",
      "pupil",
      "--documents",
      "letters",
      "--profiles",
      profiles,
      "--out",
      out,
      "--jobs",
      "1",
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Fout: Het bestand .*groot\.yaml is te groot/);
    expect(result.stderr).toMatch(/\n {2}Voor .*groot\.yaml zijn geen brieven gemaakt\./);
    expect(await readdir(path.join(out, "clb-minimaal"))).toHaveLength(2);
  });

  it("a 50 MB logo is refused without being read", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "p.yaml"), `${profileYaml()}logo: groot.png\n`);
    await writeFile(path.join(dir, "groot.png"), "");
    await truncate(path.join(dir, "groot.png"), 50 * 1024 * 1024);
    const error = await refusal(path.join(dir, "p.yaml"));
    expect(error.problems[0]).toMatchObject({ key: "profile.logoTooLarge", field: "logo" });
  });

  it("in a batch, every broken profile is named, no stack trace, and the good centres still get their letters", async () => {
    const dir = await tempDir();
    const profiles = path.join(dir, "profielen");
    await cp(CORPUS, profiles, { recursive: true });
    await cp(path.join(PROFILES, "clb-minimaal.yaml"), path.join(profiles, "clb-minimaal.yaml"));
    const out = path.join(dir, "out");
    const result = await runCli([
      "batch",
      "--audience",
      "pupil",
      "--documents",
      "letters",
      "--profiles",
      profiles,
      "--out",
      out,
      "--jobs",
      "1",
    ]);
    expect(result.code).toBe(1);
    for (const name of Object.keys(expected)) expect(result.stderr).toContain(`${name}.yaml`);
    expect(result.stderr).not.toMatch(/\n\s+at |Error:|TypeError/);
    // Each broken profile's message says the centre got no letters, once.
    expect(result.stderr.match(/geen brief gemaakt\. Verbeter/g)).toHaveLength(
      Object.keys(expected).length,
    );
    expect(result.stderr).not.toContain("zijn geen brieven gemaakt");
    expect((await readdir(out)).sort()).toEqual(["clb-minimaal", "manifest.json"]);
    expect((await readdir(path.join(out, "clb-minimaal"))).sort()).toEqual([
      "toestemming-teams.docx",
      "toestemming-teams.pdf",
    ]);
  });
});

describe("strange but legitimate values", () => {
  const values = {
    emoji: "CLB Zon ☀️ 😀",
    "emoji sequences": "Team 👍🏽 👨‍👩‍👧 🇧🇪",
    rtl: "مركز التوجيه – מרכז",
    "Arabic address": "شارع 12 الإرشاد (كبير)",
    cjk: "王小明 김민준 やまだ はなこ",
    ethiopic: "ሰላም ትግርኛ",
    combining: "Zoe\u0308 Łucja Nguyê\u0303n",
    long: `CLB ${"Lange-Naam-".repeat(17)}Einde`,
  };

  it.each(Object.entries(values))(
    "%s is printed, not refused, in every format, and every letter passes the validator",
    async (_kind, value) => {
      const dir = await tempDir();
      const file = path.join(dir, "p.yaml");
      await writeFile(file, profileYaml({ name: `name: ${JSON.stringify(value)}` }));
      const written = await generateCentre(file, {
        formats: ["md", "txt", "docx", "pdf"],
        outDir: dir,
        tools: ["teams"],
      });
      expect(written).toHaveLength(4);
      const txt = await readFile(written.find((w) => w.format === "txt")!.file, "utf8");
      // The centre names itself in the letter's first sentence and mid-sentence further on.
      expect(txt).toContain(`${value} wil soms met je beeldbellen via`);
      expect(txt).toContain(`De medewerkers van ${value} die je`);
      const docx = readDocx(await readFile(written.find((w) => w.format === "docx")!.file));
      expect(docx.text).toContain(value);
      expect(docx.core["dc:creator"]).toBe(value);
      const pdf = await readPdf(await readFile(written.find((w) => w.format === "pdf")!.file));
      // What a reader copies out of the PDF is the value as typed (a skin tone aside: the PDF's
      // emoji font has one colour), in reading order, whatever the script.
      const squash = (s: string) => s.replace(/\s+/g, "").replace(/\p{Emoji_Modifier}/gu, "");
      expect(squash(pdf.text)).toContain(
        squash(`${value} wil soms met je beeldbellen via Microsoft Teams:`),
      );
      const report = await strictReport(written, file);
      expect(report.ok).toBe(true);
    },
  );

  it("a character no PDF font has stops the PDF with the field, line and script, and the other formats are still made", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "p.yaml");
    await writeFile(file, profileYaml({ name: 'name: "CLB नमस्ते"' }));
    const error = await generateCentre(file, { formats: ["docx", "pdf"], outDir: dir }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).key).toBe("pdf.refused");
    const problem = (error as UserError).problems[0]!;
    expect(problem).toMatchObject({ file, field: "name", key: "pdf.unprintableChar" });
    expect(problem.line).toBe(
      (await readFile(file, "utf8")).split("\n").findIndex((l) => l.startsWith("name:")) + 1,
    );
    const message = formatUserError(nl, error as UserError);
    expect(message).toContain("“न” (U+0928, schrift: Devanagari)");
    expect(message).toContain("De andere formaten zijn wel gemaakt.");
    // The old advice named an option generate does not have (--formats).
    expect(message).not.toContain("--formats");
    // Issue 27, point 4: the DOCX letters are written, no PDF, no temporary file.
    const written = (await readdir(path.join(dir, "clb-test"))).sort();
    expect(written).toEqual(["toestemming-praatbox.docx", "toestemming-teams.docx"]);
  });

  it("a character no PDF font has in a template is reported with the template's file and line", async () => {
    const templatesDir = await editedTemplates([
      { file: "partials/datalek.md.hbs", remove: /Gaan gegevens/, with: "Gaan gegevens नमस्ते" },
    ]);
    const dir = await tempDir();
    const file = path.join(dir, "p.yaml");
    await writeFile(file, profileYaml());
    const error = await generateCentre(file, {
      formats: ["pdf"],
      outDir: dir,
      templatesDir,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const problem = (error as UserError).problems[0]!;
    const partial = path.join(templatesDir, "partials", "datalek.md.hbs");
    expect(problem).toMatchObject({ file: partial, key: "pdf.unprintableChar" });
    const lines = (await readFile(partial, "utf8")).split("\n");
    expect(lines[problem.line! - 1]).toContain("नमस्ते");
  });
});
