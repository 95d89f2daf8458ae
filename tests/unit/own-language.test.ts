import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { type Block, runsText } from "../../src/core/document/document.js";
import { renderDocx } from "../../src/core/render/render-docx.js";
import { renderPdf } from "../../src/core/render/render-pdf.js";
import { shippedTranslation } from "../helpers/shipped-translation.js";

// Issue 29: a translation's notice says in Dutch that the Dutch letter counts. That line is
// Dutch in every letter: its own language and direction in the document and in each format.

const DUTCH_LINE = /^Vertaling ter informatie\. Alleen de Nederlandse brief van .* geldt\.$/;
const isNotice = (block: Block) =>
  block.type === "paragraph" && DUTCH_LINE.test(runsText(block.runs).trim());

/** The XML of each <w:p> of a DOCX's body. */
async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const xml = new TextDecoder().decode(unzipSync(bytes)["word/document.xml"]!);
  return xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? [];
}

describe("the Dutch line of a translation's notice", () => {
  it("is a paragraph in Dutch, left to right, in the Arabic and the French letter", async () => {
    for (const code of ["ar", "fr"]) {
      const doc = await shippedTranslation(code);
      const notices = doc.blocks.filter(isNotice);
      expect(notices, code).toHaveLength(1);
      expect(notices[0], code).toMatchObject({ lang: "nl-BE", dir: "ltr" });
      // Only that line: the notice in the letter's own language keeps the letter's.
      const own = doc.blocks.filter((b) => b.type === "paragraph" && b.lang !== undefined);
      expect(own).toEqual(notices);
    }
  });

  it("has no w:bidi and no w:rtl in the Arabic DOCX, and w:lang nl-BE", async () => {
    const paragraphs = await docxParagraphs(await renderDocx(await shippedTranslation("ar")));
    const notice = paragraphs.filter((p) => p.includes("Vertaling ter informatie"));
    expect(notice).toHaveLength(1);
    expect(notice[0]).not.toContain("<w:bidi");
    expect(notice[0]).not.toContain("<w:rtl");
    expect(notice[0]).toContain('<w:lang w:val="nl-BE"/>');
    // The Arabic notice above it stays right to left.
    const arabic = paragraphs.find((p) => p.includes("هذه ترجمة"));
    expect(arabic).toContain("<w:bidi/>");
    expect(arabic).toContain("<w:rtl/>");
  });

  it("is tagged with its own language in the Arabic PDF's structure tree", async () => {
    const pdf = Buffer.from(await renderPdf(await shippedTranslation("ar"))).toString("latin1");
    // The document's language, and one paragraph element in Dutch.
    expect(pdf).toContain("/Lang (ar)");
    expect(
      pdf.match(/\/S \/P\b[^>]*\/Lang \(nl-BE\)|\/Lang \(nl-BE\)[^>]*\/S \/P\b/g),
    ).toHaveLength(1);
  });
});
