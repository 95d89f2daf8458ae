import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { languageCodes, readLanguage } from "../../src/core/pipeline/language-inputs.js";
import { toolIds } from "../../src/core/tools/tool-catalog.js";
import { loadChecklist } from "../../src/node/io/load-checklist.js";
import { loadTools } from "../../src/node/io/load-tools.js";
import { templatesSource } from "../../src/node/io/pipeline-inputs.js";
import { readLetter } from "../../src/node/validate/read-letter.js";
import { checkLetterText } from "../../src/node/validate/validate-letter.js";
import { summarize } from "../../src/node/validate/validation-report.js";
import { ROOT, runCli, TEMPLATES, tempDir } from "../helpers/cli.js";

/** The languages shipped: the folders of templates/lang/. */
const shipped = (await readdir(path.join(TEMPLATES, "lang"))).sort();
/** The profile with every shipped tool; it has its own texts in every shipped language. */
const PROFILE = path.join(ROOT, "clb-profiles", "clb-open-net.yaml");
const TOOLS = ["teams", "praatbox", "zoom", "jitsi", "google-meet"];
/** What the profile says that no translation may change: names, addresses, numbers, URLs. */
const VALUES = [
  "CLB Open Net",
  "Markt 3",
  "3000 Leuven",
  "016 12 34 56",
  "info@opennet.clb.example",
  "https://opennet.clb.example/privacy",
  "privacy@opennet.clb.example",
  "dpo@opennet.clb.example",
];
const squeeze = (text: string) => text.replace(/\s+/g, "");

describe("every shipped translation, for every tool", () => {
  it("includes the six languages issue 29 names", () => {
    // The test below runs over whatever is shipped: this keeps it from passing over nothing.
    for (const code of ["fr", "en", "ar", "tr", "pl", "uk"]) expect(shipped).toContain(code);
  });

  it("is made in PDF and DOCX, holds every clause when read back, and shows the profile's values as the Dutch letter does", async () => {
    const out = await tempDir();
    // The parents' letters in PDF, the pupil's in DOCX: both readers and both formats for every
    // language and tool, at half the work of every combination.
    for (const [audience, format] of [
      ["parents", "pdf"],
      ["pupil", "docx"],
    ]) {
      const made = await runCli([
        "generate",
        ...["-p", PROFILE, "-o", out, "-f", format!, "--audience", audience!],
        ...["--documents", "letters", "--translations", shipped.join(",")],
      ]);
      expect(made.code, made.stderr).toBe(0);
    }
    const dir = path.join(out, "clb-open-net");
    const files = (await readdir(dir)).sort();
    const translated = files.filter((f) =>
      shipped.some((code) => f.endsWith(`-${code}.pdf`) || f.endsWith(`-${code}.docx`)),
    );
    expect(translated.length).toBe(shipped.length * TOOLS.length * 2);

    // Read back as a client's edited copy would be: clause by clause, against its language. Each
    // letter is read once, with the reader `validate` uses (readLetter), and checked as `validate`
    // checks a letter (checkLetterText, with the shipped tools, checklist and translations); the
    // same text is then searched for the profile's values. Reading a PDF is most of the check's
    // cost, and it was read twice. `validate` on a translated file, as a command:
    // translations-cli.test.ts.
    const toolsFile = await loadTools(path.join(TEMPLATES, "tools.yaml"));
    const checklist = await loadChecklist(
      path.join(TEMPLATES, "checklist.yaml"),
      toolIds(toolsFile),
    );
    const source = await templatesSource({ templatesDir: TEMPLATES });
    const languages = await Promise.all(
      (await languageCodes(source)).map((code) =>
        readLanguage(source, code, toolIds(toolsFile), toolsFile),
      ),
    );
    const texts = new Map<string, string>();
    const targets = [];
    for (const file of files) {
      const letter = await readLetter(path.join(dir, file));
      texts.set(file, squeeze(letter.text));
      if (translated.includes(file))
        targets.push(
          checkLetterText(path.join(dir, file), letter, { toolsFile, checklist, languages }),
        );
    }
    const report = summarize(targets, false);
    expect(report.targets.length).toBe(translated.length);
    for (const target of report.targets) {
      const code = shipped.find((c) => target.file.includes(`-${c}.`));
      expect(target.lang, target.file).toBe(code);
      expect(target.clauses.length, target.file).toBeGreaterThan(10);
      expect(
        target.clauses.filter((c) => c.status === "missing"),
        target.file,
      ).toEqual([]);
      expect(target.problems, target.file).toEqual([]);
    }
    expect(report.ok).toBe(true);

    // The values, in the Dutch letter and in each translation, in both formats.
    const text = (file: string) => {
      const read = texts.get(file);
      if (read === undefined) throw new Error(`${file} was not made`);
      return read;
    };
    for (const tool of TOOLS)
      for (const [reader, format] of [
        ["-ouders", "pdf"],
        ["", "docx"],
      ]) {
        const dutch = text(`toestemming-${tool}${reader}.${format}`);
        for (const value of VALUES) expect(dutch).toContain(squeeze(value));
        for (const code of shipped) {
          const letter = text(`toestemming-${tool}${reader}-${code}.${format}`);
          for (const value of VALUES)
            expect(letter, `${tool} ${code} ${format}`).toContain(squeeze(value));
        }
      }
  }, 240_000);
});
