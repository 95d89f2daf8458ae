import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type DocxContent, readDocx } from "../../src/core/extract/read-docx.js";
import { xmlSafe } from "../../src/core/render/docx/xml-safe.js";
import { toolFacts } from "../../src/core/tools/tool-catalog.js";
import { generateCentre } from "../../src/node/io/generate-centre.js";
import { loadTools } from "../../src/node/io/load-tools.js";
import { PROFILES, profileYaml, runCli, TEMPLATES, tempDir } from "../helpers/cli.js";
import { type ExampleLetter, exampleLetters, profileValues } from "../helpers/letters.js";

const tools = await loadTools(path.join(TEMPLATES, "tools.yaml"));

describe("DOCX letters of the example centres", () => {
  let letters: (ExampleLetter & { docx: DocxContent })[];
  beforeAll(async () => {
    const generated = await exampleLetters("docx", path.join(await tempDir(), "out"));
    letters = generated.map((l) => ({ ...l, docx: readDocx(l.data) }));
    expect(letters).toHaveLength(6);
  });

  it("use Title, Heading 1 and Heading 2 styles for the title, the second layer and its sections", () => {
    for (const { docx, tool } of letters) {
      expect(docx.paragraphs[0]).toMatchObject({
        style: "Title",
        text: `Beeldbellen met ${toolFacts(tools, tool).name}: geïnformeerde toestemming voor leerlingen`,
      });
      // The first layer's one heading is its question, so it stands out; "Meer uitleg" opens
      // the second layer, whose sections are one level lower.
      const layers = docx.paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text);
      expect(layers.slice(0, 2)).toEqual(["Ga je akkoord met beeldbellen?", "Meer uitleg"]);
      const sections = docx.paragraphs.filter((p) => p.style === "Heading2").map((p) => p.text);
      expect(sections).toEqual([
        "Hoe gaat een gesprek?",
        "Welke gegevens bewaren we, en hoe lang?",
        "Wie krijgt de gegevens?",
        "Je dossier en je rechten",
        "Een datalek",
        "Contact en klachten",
        "Tips voor veilig beeldbellen",
        "Je akkoord intrekken",
      ]);
      const first = docx.paragraphs.findIndex((p) => p.style === "Heading1");
      const second = docx.paragraphs.findIndex((p) => p.style === "Heading2");
      expect(first).toBeLessThan(second);
      expect(docx.parts["word/styles.xml"]).toMatch(/w:styleId="Heading1"/);
      expect(docx.parts["word/styles.xml"]).toMatch(/w:styleId="Heading2"/);
    }
  });

  it("leave headings as bold as their style makes them, and mark only bold and italic text", () => {
    for (const { docx } of letters) {
      const xml = docx.parts["word/document.xml"]!;
      // An explicit "not bold" on a run would undo the bold of the Title and Heading styles.
      expect(xml).not.toMatch(/<w:(b|bCs|i|iCs) w:val="false"\/>/);
      expect(xml).toMatch(/<w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Geen opname/);
    }
  });

  it("make lists real numbered lists, each list its own numbering instance", () => {
    for (const { docx } of letters) {
      const items = docx.paragraphs.filter((p) => p.numbering);
      expect(items.map((p) => p.text)).toContainEqual(
        expect.stringMatching(/^Zoek een rustige plek die niet openbaar is/),
      );
      const lists = new Set(items.map((p) => p.numbering!.numId));
      expect(lists.size).toBeGreaterThanOrEqual(3); // what is kept, complaint channels and tips restart
      expect(docx.parts["word/numbering.xml"]).toContain('w:val="bullet"');
    }
  });

  it("link to the centre's, the vendor's and the authority's pages, with the Hyperlink style", () => {
    for (const { docx, loaded, tool } of letters) {
      const targets = docx.links.map((l) => l.target);
      expect(targets).toContain(loaded.profile.privacyUrl);
      expect(targets).toContain(loaded.profile.authority.url);
      expect(targets).toContain(toolFacts(tools, tool).privacyUrl);
      if (loaded.profile.complaint.email)
        expect(targets).toContain(`mailto:${loaded.profile.complaint.email}`);
      expect(docx.parts["word/document.xml"]).toContain('<w:rStyle w:val="Hyperlink"/>');
    }
  });

  it("set nl-BE as the language of all text, A4 and the PDF's margins", () => {
    for (const { docx } of letters) {
      expect(docx.parts["word/styles.xml"]).toMatch(
        /<w:docDefaults>.*<w:lang w:val="nl-BE"\/>.*<\/w:docDefaults>/s,
      );
      expect(docx.parts["word/document.xml"]).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(docx.parts["word/document.xml"]).toMatch(
        /<w:pgMar w:top="1680" w:right="1360" w:bottom="1600" w:left="1360"/,
      );
    }
  });

  it("have the centre in the header and page X of Y fields and version in the footer", () => {
    for (const { docx, loaded } of letters) {
      expect(docx.headerText.trim()).toContain(loaded.profile.name);
      expect(docx.fields).toEqual(expect.arrayContaining(["PAGE", "NUMPAGES"]));
      expect(docx.footerText).toMatch(/Versie \S+ – \d+ \w+ \d{4}\tPagina\s+van/);
    }
  });

  it("show the logo in the header with alt text when the profile has one", () => {
    for (const { docx, loaded } of letters) {
      const header = docx.parts["word/header1.xml"] ?? "";
      expect(header.includes(`descr="Logo van ${loaded.profile.name}"`)).toBe(
        loaded.logo !== undefined,
      );
    }
  });

  it("store the logo as it is: its exact bytes, not compressed a second time", () => {
    const withLogo = letters.filter((l) => l.loaded.logo !== undefined);
    expect(withLogo.length).toBeGreaterThan(0);
    for (const { data, loaded } of withLogo) {
      const zip = Buffer.from(data);
      const name = zip.indexOf("word/media/");
      expect(name).toBeGreaterThan(30);
      // The entry's local header: signature, and the compression method (0 = stored).
      expect(zip.readUInt32LE(name - 30)).toBe(0x04034b50);
      expect(zip.readUInt16LE(name - 30 + 8)).toBe(0);
      // The sizes may follow the data (a data descriptor); the logo's own length is used.
      const size = loaded.logo!.data.length;
      const start = name + zip.readUInt16LE(name - 30 + 26) + zip.readUInt16LE(name - 30 + 28);
      expect(
        Buffer.compare(zip.subarray(start, start + size), Buffer.from(loaded.logo!.data)),
      ).toBe(0);
    }
  });

  it("carry title, creator, subject and keywords", () => {
    for (const { docx, loaded, tool } of letters) {
      expect(docx.core["dc:title"]).toBe(
        `Beeldbellen met ${toolFacts(tools, tool).name}: geïnformeerde toestemming voor leerlingen`,
      );
      expect(docx.core["dc:creator"]).toBe(loaded.profile.name);
      expect(docx.core["dc:subject"]).toContain("Geïnformeerde toestemming");
      expect(docx.core["cp:keywords"]).toContain("beeldbellen");
      expect(docx.core["dcterms:created"]).toBe(
        `${loaded.profile.letterDate ?? toolFacts(tools, tool).versionDate}T00:00:00Z`,
      );
    }
  });

  it("print every profile value verbatim, with the key promises", () => {
    for (const { docx, loaded, tool } of letters) {
      for (const value of profileValues(loaded)) expect(docx.text).toContain(value);
      // GDPR art. 34: told about a high-risk breach without undue delay, in plain words.
      expect(docx.text).toMatch(/hoog risico[\s\S]*Dan laten we je dat zonder uitstel weten/);
      if (loaded.profile.breachPromiseHours !== undefined)
        expect(docx.text).toContain(
          `We beloven je dat binnen ${loaded.profile.breachPromiseHours} uur nadat we het lek ontdekten te laten weten.`,
        );
      if (tool === "praatbox")
        expect(docx.text).toMatch(/\(livestreamen\): niemand anders mag meekijken/);
    }
  });

  it("are byte-identical when made again", async () => {
    const again = await exampleLetters("docx", path.join(await tempDir(), "out"));
    for (const [index, letter] of again.entries())
      expect(letter.data.equals(letters[index]!.data)).toBe(true);
  });

  it("are byte-identical made first in a new process, where the parts every letter shares are not cached yet", async () => {
    const out = path.join(await tempDir(), "out");
    const mine = letters.filter((l) => l.loaded.profile.id === "clb-de-brug");
    expect(mine.length).toBeGreaterThan(1);
    const result = await runCli([
      "generate",
      "-p",
      path.join(PROFILES, "clb-de-brug.yaml"),
      "-f",
      "docx",
      "-o",
      out,
    ]);
    expect(result.code).toBe(0);
    for (const letter of mine) {
      const fresh = await readFile(
        path.join(out, "clb-de-brug", `toestemming-${letter.tool}.docx`),
      );
      expect(fresh.equals(letter.data)).toBe(true);
    }
  });
});

describe("awkward values in a DOCX", () => {
  it("keep & and < as text, in text and in link targets", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "p.yaml");
    await writeFile(
      file,
      profileYaml({
        name: 'name: "CLB <Noord> & Zuid"',
        privacyUrl: "privacyUrl: https://x.example/p?a=1&b=<2>",
      }),
    );
    const [letter] = await generateCentre(file, {
      formats: ["docx"],
      outDir: dir,
      tools: ["teams"],
    });
    const docx = readDocx(await readFile(letter!.file));
    expect(docx.text).toContain("CLB <Noord> & Zuid wil soms met je beeldbellen via");
    expect(docx.core["dc:creator"]).toBe("CLB <Noord> & Zuid");
    expect(docx.links.map((l) => l.target)).toContain("https://x.example/p?a=1&b=%3C2%3E");
  });

  it("never put XML-invalid characters or raw line breaks into a run", () => {
    expect(xmlSafe("a\u0000b\u0007c\u001Fd\uFFFEe")).toBe("abcde");
    expect(xmlSafe("een\ntwee\r\ndrie\tvier")).toBe("een twee drie vier");
    expect(xmlSafe("lone \uD800 surrogate, pair 😀")).toBe("lone  surrogate, pair 😀");
  });
});
