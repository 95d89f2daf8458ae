import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { makeLetter } from "../../src/core/letter/make-letter.js";
import { type Format, getRenderer } from "../../src/core/render/registry.js";
import { generateCentre } from "../../src/node/io/generate-centre.js";
import { loadProfile } from "../../src/node/io/load-profile.js";
import { loadTemplates } from "../../src/node/io/load-templates.js";
import { loadTools } from "../../src/node/io/load-tools.js";
import { runValidation } from "../../src/node/validate/run-validation.js";
import { PROFILES, runCli, tempDir } from "../helpers/cli.js";
import { editedTemplates } from "../helpers/edit-templates.js";
import { EXAMPLE_IDS } from "../helpers/letters.js";

const FORMATS: Format[] = ["pdf", "docx", "md", "txt"];

async function validateFiles(
  files: string[],
  options: { profile?: string; strict?: boolean } = {},
) {
  return runValidation({
    files,
    profilesDir: PROFILES,
    strict: options.strict ?? false,
    ...(options.profile ? { profile: options.profile } : {}),
  });
}

describe("every generated letter", () => {
  const letters: { id: string; file: string; tool: string }[] = [];
  beforeAll(async () => {
    const out = path.join(await tempDir(), "out");
    for (const id of EXAMPLE_IDS) {
      for (const written of await generateCentre(path.join(PROFILES, `${id}.yaml`), {
        formats: FORMATS,
        outDir: out,
      })) {
        letters.push({ id, file: written.file, tool: written.tool });
      }
    }
    expect(letters).toHaveLength(6 * FORMATS.length);
  });

  it("passes --strict when compared with its centre's profile", async () => {
    for (const id of EXAMPLE_IDS) {
      const files = letters.filter((l) => l.id === id).map((l) => l.file);
      const report = await validateFiles(files, {
        profile: path.join(PROFILES, `${id}.yaml`),
        strict: true,
      });
      const failing = report.targets.flatMap((t) =>
        t.clauses.filter((c) => c.status !== "ok").map((c) => `${t.file}: ${c.id}`),
      );
      expect(failing).toEqual([]);
      expect(report.targets.flatMap((t) => t.problems)).toEqual([]);
      expect(report.ok).toBe(true);
    }
  });

  it("passes on its own, without a profile, and its tool is read from the letter", async () => {
    const report = await validateFiles(letters.map((l) => l.file));
    expect(report.ok).toBe(true);
    for (const [index, target] of report.targets.entries())
      expect(target.tool).toBe(letters[index]!.tool);
  });
});

async function oneLetter(format: Format) {
  const out = path.join(await tempDir(), "out");
  const [letter] = await generateCentre(path.join(PROFILES, "clb-de-brug.yaml"), {
    formats: [format],
    outDir: out,
    tools: ["teams"],
  });
  return letter!.file;
}

/**
 * A letter made from other templates without the checks `generate` and `batch` do first (as a
 * copy of the tool without them, or another tool, could make it).
 */
async function uncheckedLetter(format: Format, templatesDir: string) {
  const loaded = await loadProfile(path.join(PROFILES, "clb-de-brug.yaml"));
  const doc = makeLetter(loaded, "teams", {
    templates: await loadTemplates(templatesDir, ["teams"]),
    tools: await loadTools(path.join(templatesDir, "tools.yaml")),
  });
  const file = path.join(await tempDir(), `toestemming-teams.${format}`);
  await writeFile(file, await (await getRenderer(format))(doc));
  return file;
}

describe("an edited letter", () => {
  it("a DOCX with the data breach paragraph removed fails, naming the clause (CLI)", async () => {
    const file = await oneLetter("docx");
    const ok = await runCli(["validate", file]);
    expect(ok.code).toBe(0);
    const entries = unzipSync(await readFile(file));
    const xml = strFromU8(entries["word/document.xml"]!);
    const paragraphs = xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g)!;
    const breach = paragraphs.find((p) => p.includes("zonder uitstel"));
    expect(breach, "the letter's data breach paragraph").toBeDefined();
    entries["word/document.xml"] = strToU8(xml.replace(breach!, ""));
    const edited = file.replace(/\.docx$/, "-bewerkt.docx");
    await writeFile(edited, zipSync(entries));
    const result = await runCli(["validate", edited]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^ {2}✗ datalek: Bij een datalek met een hoog risico verwittigen we de cliënt zonder uitstel – ontbreekt: /m,
    );
    expect(result.stdout).toMatch(/Niet in orde/);
  });

  it("a PDF made from a template without the data breach clause fails", async () => {
    const templates = await editedTemplates([
      { file: "partials/datalek.md.hbs", remove: /^[\s\S]*$/ },
    ]);
    const file = await uncheckedLetter("pdf", templates);
    const report = await validateFiles([file], {
      profile: path.join(PROFILES, "clb-de-brug.yaml"),
    });
    expect(report.ok).toBe(false);
    expect(report.targets[0]?.clauses.filter((c) => c.status !== "ok").map((c) => c.id)).toEqual([
      "datalek",
    ]);
  });

  it("a text letter with a reworded but complete clause passes", async () => {
    const file = await oneLetter("txt");
    const text = await readFile(file, "utf8");
    await writeFile(
      file,
      text.replace(
        /Datalek\. .*\n/,
        "Gegevenslek. Bij een inbreuk op de beveiliging met een groot risico verwittigen we je zonder vertraging.\n",
      ),
    );
    const report = await validateFiles([file]);
    expect(report.ok).toBe(true);
  });

  it("--tool overrides the tool read from the letter", async () => {
    const file = await oneLetter("md");
    const report = await runValidation({
      files: [file],
      profilesDir: PROFILES,
      strict: false,
      tool: "praatbox",
    });
    expect(report.targets[0]?.tool).toBe("praatbox");
    // A Teams letter does not hold Praatbox's privacy statement.
    expect(report.targets[0]?.clauses.find((c) => c.id === "privacyverklaringen")?.status).toBe(
      "missing",
    );
  });
});

describe("files that cannot be checked", () => {
  it("a damaged PDF and an unknown kind of file are reported, not crashed on", async () => {
    const dir = await tempDir();
    const broken = path.join(dir, "kapot.pdf");
    await writeFile(broken, "%PDF-1.7 dit is geen pdf");
    const odt = path.join(dir, "brief.odt");
    await writeFile(odt, "x");
    const result = await runCli(["validate", broken, odt]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("kon niet gelezen worden als PDF-bestand");
    expect(result.stdout).toContain("kan niet nagekeken worden");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("a text letter saved in Latin-1 is refused, naming the line and what to do (CLI)", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "brief.txt");
    await writeFile(
      file,
      Buffer.from("Beste ouder,\n\nDe klachtencoördinator helpt je.\n", "latin1"),
    );
    const result = await runCli(["validate", file]);
    expect(result.code).toBe(1);
    // The CLI shows the path relative to where it runs.
    expect(result.stdout).toContain("brief.txt:3:14  hier staat een teken dat geen UTF-8 is");
    expect(result.stdout).toContain("1 fout(en)");
    expect(result.stdout).toContain("“De klachtencoördinator helpt je.”");
    expect(result.stdout).toContain("Codering: UTF-8");
  });

  it("a letter whose tool cannot be told asks for --tool", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "brief.txt");
    await writeFile(file, "Beste ouder,\n\nDit is een brief zonder hulpmiddel.\n");
    const report = await validateFiles([file]);
    expect(report.targets[0]?.problems[0]?.key).toBe("validate.toolUnknown");
  });
});
