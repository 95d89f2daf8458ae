import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/core/extract/read-docx.js";
import { readPdf } from "../../src/core/extract/read-pdf.js";
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

    // Read back as a client's edited copy would be: clause by clause, against its language.
    const checked = await runCli([
      "validate",
      ...translated.map((f) => path.join(dir, f)),
      "--json",
    ]);
    const report = JSON.parse(checked.stdout) as {
      ok: boolean;
      targets: {
        file: string;
        lang?: string;
        clauses: { status: string }[];
        problems: unknown[];
      }[];
    };
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
    const text = async (file: string) => {
      const bytes = await readFile(path.join(dir, file));
      return squeeze(file.endsWith(".pdf") ? (await readPdf(bytes)).text : readDocx(bytes).text);
    };
    for (const tool of TOOLS)
      for (const [reader, format] of [
        ["-ouders", "pdf"],
        ["", "docx"],
      ]) {
        const dutch = await text(`toestemming-${tool}${reader}.${format}`);
        for (const value of VALUES) expect(dutch).toContain(squeeze(value));
        for (const code of shipped) {
          const letter = await text(`toestemming-${tool}${reader}-${code}.${format}`);
          for (const value of VALUES)
            expect(letter, `${tool} ${code} ${format}`).toContain(squeeze(value));
        }
      }
  }, 240_000);
});
