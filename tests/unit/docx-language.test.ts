import { strFromU8, unzipSync } from "fflate";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import type { Document } from "../../src/core/document/document.js";
import { renderDocx } from "../../src/core/render/render-docx.js";
import { arabicLetter } from "../helpers/rtl-letter.js";
import { letterOf, plain } from "../helpers/test-letter.js";

/** The XML parts of a DOCX by name. */
async function parts(doc: Document): Promise<Record<string, string>> {
  const files = unzipSync(await renderDocx(doc));
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith(".xml"))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

/** A one-paragraph letter in a language. */
function letterIn(lang: string): Document {
  const letter = letterOf([{ type: "paragraph", runs: [plain("Bonjour.")] }]);
  return { ...letter, meta: { ...letter.meta, lang } };
}

describe("the DOCX's language (w:lang) comes from the letter's meta", () => {
  for (const lang of ["nl-BE", "fr-BE", "tr"]) {
    it(`${lang}: in the document defaults, and no other language anywhere`, async () => {
      const xml = await parts(letterIn(lang));
      const tags = Object.values(xml).flatMap((text) => [...text.matchAll(/<w:lang [^>]*>/g)]);
      expect(tags.length).toBeGreaterThan(0);
      for (const [tag] of tags) expect(tag).toBe(`<w:lang w:val="${lang}"/>`);
      // A left-to-right letter has no right-to-left paragraph or run.
      expect(xml["word/document.xml"]).not.toMatch(/<w:bidi\/>|<w:rtl\/>/);
    });
  }
});

describe("a right-to-left letter's DOCX", () => {
  it("has right-to-left paragraphs and Arabic runs, its language for complex script and a font for it", async () => {
    const xml = await parts(await arabicLetter());
    const body = xml["word/document.xml"]!;
    const paragraphs = [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]!);
    expect(paragraphs.length).toBeGreaterThan(15);
    for (const paragraph of paragraphs) expect(paragraph).toContain("<w:bidi/>");
    // Arabic text in runs that read right to left; the web and e-mail addresses, the phone
    // number's run and a Latin name in runs of their own are not marked.
    const runs = [...body.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]!);
    const arabic = runs.filter((run) => /<w:t[^>]*>[^<]*[\u0600-\u06ff]/.test(run));
    expect(arabic.length).toBeGreaterThan(15);
    for (const run of arabic) expect(run).toContain("<w:rtl/>");
    const address = runs.find((run) => /<w:t[^>]*>https:[^<]*privacy/.test(run));
    expect(address).toBeDefined();
    expect(address).not.toContain("<w:rtl/>");
    const styles = xml["word/styles.xml"]!;
    expect(styles).toContain('<w:lang w:val="ar" w:bidi="ar"/>');
    expect(styles).toMatch(/<w:rFonts [^>]*w:cs="Arial"/);
    expect(styles).not.toMatch(/w:cs="Calibri"/);
    // The header and footer: right to left too.
    const furniture = Object.entries(xml).filter(([name]) =>
      /word\/(header|footer)\d*\.xml/.test(name),
    );
    expect(furniture.length).toBe(2);
    for (const [, part] of furniture) expect(part).toContain("<w:bidi/>");
  });

  it("opens in mammoth without warnings", async () => {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(await renderDocx(await arabicLetter())) },
      {
        styleMap: [
          "p[style-name='Title'] => h1.title:fresh",
          "p[style-name='Fill In'] => p.fill-in:fresh",
        ],
      },
    );
    expect(result.messages).toEqual([]);
    expect(result.value).toContain("مرحباً");
  });
});
