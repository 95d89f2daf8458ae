import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { type PdfContent, readPdf } from "../../src/core/extract/read-pdf.js";
import { pdfFont } from "../../src/core/render/pdf/pdf-fonts.js";
import { toolFacts } from "../../src/core/tools/tool-catalog.js";
import { generateCentre } from "../../src/node/io/generate-centre.js";
import { loadTools } from "../../src/node/io/load-tools.js";
import { profileYaml, TEMPLATES, tempDir } from "../helpers/cli.js";
import { type ExampleLetter, exampleLetters, profileValues, squash } from "../helpers/letters.js";
import { fontsNotEmbedded } from "../helpers/pdf-fonts.js";

const tools = await loadTools(path.join(TEMPLATES, "tools.yaml"));

describe("PDF letters of the example centres", () => {
  let letters: (ExampleLetter & { pdf: PdfContent })[];
  beforeAll(async () => {
    const generated = await exampleLetters("pdf", path.join(await tempDir(), "out"));
    letters = await Promise.all(generated.map(async (l) => ({ ...l, pdf: await readPdf(l.data) })));
    expect(letters).toHaveLength(6);
  });

  it("print every profile value verbatim, including Łucja and Çelik", () => {
    for (const { loaded, pdf, file } of letters) {
      for (const value of profileValues(loaded))
        expect(squash(pdf.text), `${file}: ${value}`).toContain(squash(value));
    }
    const world = letters.find((l) => l.loaded.profile.id === "clb-wereldwijd")!;
    expect(world.pdf.text).toContain("Łucja Wiśniewska");
    expect(world.pdf.text).toContain("Ayşe Çelik");
  });

  it("hold the letter's sections and key promises", () => {
    for (const { pdf, tool } of letters) {
      const text = pdf.text.replace(/\s+/g, " ");
      for (const heading of [
        "Ga je akkoord met beeldbellen?",
        "Meer uitleg",
        "Hoe gaat een gesprek?",
        "Welke gegevens bewaren we, en hoe lang?",
        "Wie krijgt de gegevens?",
        "Je dossier en je rechten",
        "Een datalek",
        "Contact en klachten",
        "Tips voor veilig beeldbellen",
        "Je akkoord intrekken",
      ]) {
        expect(text).toContain(heading);
      }
      expect(text).toContain("zonder uitstel weten");
      expect(text).toContain("nemen we nooit op, niet met beeld en niet met geluid");
      if (tool === "praatbox")
        expect(text).toMatch(/\(livestreamen\): niemand anders mag meekijken/);
    }
  });

  it("have clickable links to the centre's, the vendor's and the authority's pages", () => {
    for (const { loaded, pdf, tool } of letters) {
      const p = loaded.profile;
      expect(pdf.links).toContain(p.privacyUrl);
      expect(pdf.links).toContain(p.authority.url);
      expect(pdf.links).toContain(toolFacts(tools, tool).privacyUrl);
      if (p.complaint.email) expect(pdf.links).toContain(`mailto:${p.complaint.email}`);
    }
  });

  it("carry title, author, subject, keywords and the language nl-BE", () => {
    for (const { loaded, pdf, tool } of letters) {
      // The pupil's letter: its title names the reader.
      expect(pdf.info.Title).toBe(
        `Beeldbellen met ${toolFacts(tools, tool).name}: geïnformeerde toestemming voor leerlingen`,
      );
      expect(pdf.info.Author).toBe(loaded.profile.name);
      expect(pdf.info.Subject).toBe(
        `Geïnformeerde toestemming voor beeldbellen met ${toolFacts(tools, tool).name}`,
      );
      expect(String(pdf.info.Keywords)).toContain(loaded.profile.name);
      expect(pdf.lang).toBe("nl-BE");
    }
  });

  it("keep valid XMP metadata when the centre name holds & and <", async () => {
    const world = letters.find((l) => l.loaded.profile.id === "clb-wereldwijd")!;
    expect(world.pdf.xmp).toContain("Zoë &amp; Łucja");
    expect(XMLValidator.validate(world.pdf.xmp!)).toBe(true);
    const dir = await tempDir();
    const file = path.join(dir, "p.yaml");
    await writeFile(file, profileYaml({ name: 'name: "CLB <Noord> & Zuid"' }));
    const [letter] = await generateCentre(file, {
      formats: ["pdf"],
      outDir: dir,
      tools: ["teams"],
    });
    const pdf = await readPdf(await readFile(letter!.file));
    expect(pdf.info.Author).toBe("CLB <Noord> & Zuid");
    expect(XMLValidator.validate(pdf.xmp!)).toBe(true);
  });

  it("are tagged: a structure tree of headings, paragraphs, lists and links", () => {
    for (const { loaded, pdf } of letters) {
      for (const role of ["Document", "H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Link"]) {
        expect(pdf.roles, role).toContain(role);
      }
      expect(pdf.roles.includes("Figure")).toBe(loaded.logo !== undefined);
    }
  });

  it("number their pages in the footer and show the version and date", () => {
    for (const { pdf, loaded, tool } of letters) {
      expect(pdf.pages).toBeGreaterThanOrEqual(2);
      for (let page = 1; page <= pdf.pages; page += 1)
        expect(pdf.text).toContain(`Pagina ${page} van ${pdf.pages}`);
      // The centre's own version of its letter, or else the version of the tool's facts.
      const version = loaded.profile.version ?? toolFacts(tools, tool).version;
      expect(pdf.text).toContain(`Versie ${version} – `);
    }
  });

  it("never leave a heading stranded at the bottom of a page", () => {
    for (const { pdf, loaded } of letters) {
      for (const page of pdf.pageTexts.slice(0, -1)) {
        const lines = page.split("\n").filter((line) => line.trim() !== "");
        // After the body come the header (centre name) and the footer (version, page number).
        const body = lines.slice(
          0,
          lines.indexOf(loaded.profile.name) >= 0 ? lines.lastIndexOf(loaded.profile.name) : -2,
        );
        expect(body.at(-1)).not.toMatch(/^\d\. |^Voor akkoord$/);
      }
    }
  });

  it("keep all text inside the page margins", () => {
    for (const { pdf } of letters) expect(pdf.maxTextRight).toBeLessThanOrEqual(595.28 - 68 + 0.5);
  });

  it("embed every font they use (pdf-fonts-embedded.test.ts has the other kinds of PDF)", () => {
    for (const { data, file } of letters) expect(fontsNotEmbedded(data), file).toEqual([]);
  });

  it("include the signature block only when the profile asks for it", () => {
    for (const { pdf, loaded } of letters) {
      expect(pdf.text.includes("Voor akkoord")).toBe(loaded.profile.signature);
      if (loaded.profile.signature)
        expect(pdf.text).toMatch(
          /Naam van de leerling:[\s\S]*Datum:[\s\S]*gelezen en goedgekeurd/i,
        );
    }
  });

  it("are byte-identical when made again", async () => {
    const again = await exampleLetters("pdf", path.join(await tempDir(), "out"));
    for (const [index, letter] of again.entries())
      expect(letter.data.equals(letters[index]!.data)).toBe(true);
  });
});

describe("awkward values in a PDF", () => {
  it("wrap a very long URL and a long word inside the margins", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "p.yaml");
    const longUrl = `https://privacy.clb.example/${"verklaring".repeat(12)}`;
    const longName = `CLB ${"Zeerlangewoordzonderspaties".repeat(4)}`;
    await writeFile(
      file,
      profileYaml({ privacyUrl: `privacyUrl: ${longUrl}`, name: `name: ${longName}` }),
    );
    const [letter] = await generateCentre(file, {
      formats: ["pdf"],
      outDir: dir,
      tools: ["teams"],
    });
    const pdf = await readPdf(await readFile(letter!.file));
    expect(pdf.maxTextRight).toBeLessThanOrEqual(595.28 - 68 + 0.5);
    expect(squash(pdf.text)).toContain(squash(longUrl));
    expect(squash(pdf.text)).toContain(squash(longName));
    expect(pdf.links).toContain(longUrl);
  });

  it.each([
    ["Latin", `CLB ${"Lange-Naam-".repeat(17)}Einde`],
    ["Chinese", `CLB ${"王小明".repeat(60)}`],
    ["several fonts", `CLB ${"Lange-Naam-".repeat(16)}Einde 王小明`],
  ])("cut a centre name too long for the header short, on one line (%s)", async (_kind, name) => {
    const dir = await tempDir();
    const file = path.join(dir, "p.yaml");
    await writeFile(file, profileYaml({ name: `name: ${JSON.stringify(name)}` }));
    const [letter] = await generateCentre(file, {
      formats: ["pdf"],
      outDir: dir,
      tools: ["teams"],
    });
    const pdf = await readPdf(await readFile(letter!.file));
    for (const page of pdf.pageTexts) {
      const cut = page.split("\n").filter((line) => line.endsWith("…"));
      expect(cut).toHaveLength(1);
      expect(cut[0]!.length).toBeGreaterThan(20);
      expect(name.startsWith(cut[0]!.slice(0, -1))).toBe(true);
    }
    expect(pdf.maxTextRight).toBeLessThanOrEqual(595.28 - 68 + 0.5);
  });
});

describe("fonts shared across letters", () => {
  it("keep every glyph mapped to its character after letters that used it inside another glyph", async () => {
    // "ǽ" and "å" are built from "æ" and "a": embedding them once must not make a later
    // letter's "æ" unreadable (a bug fontkit's glyph cache causes when a font is reused).
    const dir = await tempDir();
    const texts: string[] = [];
    for (const name of ["CLB Ǽǽ Åå Ǻǻ Øø Ǿǿ", "CLB æ Æ å a ø"]) {
      const file = path.join(dir, "p.yaml");
      await writeFile(file, profileYaml({ name: `name: "${name}"` }));
      const [letter] = await generateCentre(file, {
        formats: ["pdf"],
        outDir: path.join(dir, name),
        tools: ["teams"],
      });
      texts.push((await readPdf(await readFile(letter!.file))).text);
    }
    expect(squash(texts[0]!)).toContain(squash("CLB Ǽǽ Åå Ǻǻ Øø Ǿǿ wil soms met je"));
    expect(squash(texts[1]!)).toContain(squash("CLB æ Æ å a ø wil soms met je"));
  });
});

describe("fonts", () => {
  it("are parsed once per process", () => {
    expect(pdfFont("regular")).toBe(pdfFont("regular"));
    expect(pdfFont("bold")).not.toBe(pdfFont("regular"));
  });
});
