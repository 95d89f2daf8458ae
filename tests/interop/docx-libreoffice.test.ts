import { access } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runValidation } from "../../src/node/validate/run-validation.js";
import { PROFILES, tempDir } from "../helpers/cli.js";
import { type ExampleLetter, exampleLetters, profileValues, squash } from "../helpers/letters.js";
import { convertWithLibreOffice } from "./libreoffice.js";
import { runTool } from "./run-tool.js";

describe("DOCX letters in LibreOffice", () => {
  let letters: ExampleLetter[];
  let converted: string;
  let log: string;
  beforeAll(async () => {
    const dir = await tempDir();
    letters = await exampleLetters("docx", path.join(dir, "out"));
    // Two centres write toestemming-teams.docx; convert each centre's letters into their own folder.
    converted = path.join(dir, "pdf");
    log = "";
    for (const id of new Set(letters.map((l) => l.loaded.profile.id))) {
      const files = letters.filter((l) => l.loaded.profile.id === id).map((l) => l.file);
      log += await convertWithLibreOffice(files, "pdf", path.join(converted, id));
    }
  });

  it("converts every example DOCX to PDF without an error", async () => {
    expect(log).not.toMatch(/Error:|error while/i);
    for (const letter of letters) {
      await access(
        path.join(
          converted,
          letter.loaded.profile.id,
          `${path.basename(letter.file, ".docx")}.pdf`,
        ),
      );
    }
  });

  it("shows every clause and the profile's values in the converted PDF", async () => {
    for (const letter of letters) {
      const pdf = path.join(
        converted,
        letter.loaded.profile.id,
        `${path.basename(letter.file, ".docx")}.pdf`,
      );
      const result = await runTool("pdftotext", ["-enc", "UTF-8", pdf, "-"]);
      expect(result.code).toBe(0);
      const text = squash(result.stdout).replace(/-/g, "");
      for (const value of profileValues(letter.loaded))
        expect(text).toContain(squash(value).replace(/-/g, ""));
      const hours = letter.loaded.profile.breachPromiseHours;
      for (const phrase of [
        "Ga je akkoord met beeldbellen?",
        "Meer uitleg",
        "Hoe gaat een gesprek?",
        // GDPR art. 34: told without undue delay; a fixed time only as the centre's own promise.
        "Dan laten we je dat zonder uitstel weten",
        ...(hours === undefined
          ? []
          : [`We beloven je dat binnen ${hours} uur nadat we het lek ontdekten te laten weten.`]),
        "Medische gegevens krijg je via de CLB-arts",
        "nemen we nooit op, niet met beeld",
        "op elk moment beëindigen",
        "antwoord ‘akkoord’ op de e-mail met deze brief",
        "Wie beslist?",
        `jonger dan ${letter.loaded.profile.ownConsentAge} jaar?`,
      ]) {
        expect(text).toContain(squash(phrase).replace(/-/g, ""));
      }
      if (hours === undefined) expect(text).not.toMatch(/binnen\d+uur/);
      if (letter.tool === "praatbox")
        expect(text).toContain(squash("(livestreamen): niemand anders mag meekijken"));
      expect(result.stdout).toMatch(/Pagina 1 van \d/);
    }
  });

  it("still validates after LibreOffice opened and re-saved it as DOCX", async () => {
    const dir = await tempDir();
    for (const id of new Set(letters.map((l) => l.loaded.profile.id))) {
      const own = letters.filter((l) => l.loaded.profile.id === id);
      const resaved = path.join(dir, id);
      await convertWithLibreOffice(
        own.map((l) => l.file),
        "docx:MS Word 2007 XML",
        resaved,
      );
      const files = own.map((l) => path.join(resaved, path.basename(l.file)));
      const report = await runValidation({
        files,
        profile: path.join(PROFILES, `${id}.yaml`),
        profilesDir: PROFILES,
        strict: true,
      });
      const failing = report.targets.flatMap((t) =>
        t.clauses.filter((c) => c.status !== "ok").map((c) => `${t.file}: ${c.id}`),
      );
      expect(failing).toEqual([]);
      expect(report.targets.map((t) => t.tool)).toEqual(own.map((l) => l.tool));
      expect(report.ok).toBe(true);
    }
  });
});
