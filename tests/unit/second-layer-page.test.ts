import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { Block, Document } from "../../src/core/document/document.js";
import {
  breakBeforeSecondLayer,
  SECOND_LAYER_HEADING,
} from "../../src/core/document/second-layer.js";
import { readPdf } from "../../src/core/extract/read-pdf.js";
import { renderDocx } from "../../src/core/render/render-docx.js";
import { renderPdf } from "../../src/core/render/render-pdf.js";
import { loadChecklist } from "../../src/node/io/load-checklist.js";
import { TEMPLATES } from "../helpers/cli.js";
import { letterOf, plain } from "../helpers/test-letter.js";

const heading = (level: 1 | 2 | 3, text: string): Block => ({
  type: "heading",
  level,
  runs: [plain(text)],
});
const paragraph = (text: string): Block => ({ type: "paragraph", runs: [plain(text)] });

/** A short letter: the first layer fills a few lines, so page 1 has room for the second. */
function shortLetter(): Document {
  return letterOf(
    breakBeforeSecondLayer([
      heading(1, "Test"),
      paragraph("Eerste laag."),
      heading(2, "Ga je akkoord met beeldbellen?"),
      paragraph("Zeg het ons."),
      heading(2, SECOND_LAYER_HEADING),
      heading(3, "Waarom deze brief?"),
      paragraph("Tweede laag."),
      heading(2, "Voor akkoord"),
      paragraph("Handtekening."),
    ]),
  );
}

describe("the second layer starts on a new page", () => {
  it("marks only the level-2 heading that starts the second layer", () => {
    const marked = shortLetter().blocks.filter((b) => b.type === "heading" && b.newPage);
    expect(marked).toEqual([{ ...heading(2, SECOND_LAYER_HEADING), newPage: true }]);
    // A level-3 heading with the same words is no second layer.
    expect(breakBeforeSecondLayer([heading(3, SECOND_LAYER_HEADING)])).toEqual([
      heading(3, SECOND_LAYER_HEADING),
    ]);
  });

  it("names the heading the checklist measures the first layer up to", async () => {
    const checklist = await loadChecklist(path.join(TEMPLATES, "checklist.yaml"));
    expect(checklist.readability?.firstLayerEnd).toBe(SECOND_LAYER_HEADING);
  });

  it("in the PDF: page 1 ends with the first layer, even when the second would fit under it", async () => {
    const pdf = await readPdf(await renderPdf(shortLetter()));
    expect(pdf.pageTexts).toHaveLength(2);
    expect(pdf.pageTexts[0]).toContain("Zeg het ons.");
    expect(pdf.pageTexts[0]).not.toContain(SECOND_LAYER_HEADING);
    expect(pdf.pageTexts[1]).toContain(SECOND_LAYER_HEADING);
    // Other level-2 headings do not break the page.
    expect(pdf.pageTexts[1]).toContain("Voor akkoord");
  });

  it("in the DOCX: the second layer's heading, and only it, breaks the page before it", async () => {
    const zip = unzipSync(await renderDocx(shortLetter()));
    const body = strFromU8(zip["word/document.xml"]!);
    const breaking = [...body.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*<\/w:p>/g)]
      .map((m) => m[0])
      .filter((p) => p.includes("<w:pageBreakBefore/>"));
    expect(breaking).toHaveLength(1);
    expect(breaking[0]).toContain(`>${SECOND_LAYER_HEADING}<`);
  });
});

describe("the DOCX header", () => {
  const header = async (doc: Document) =>
    strFromU8(unzipSync(await renderDocx(doc))["word/header1.xml"]!);

  it("has a rule under the centre's name, as the PDF, also without a logo", async () => {
    const xml = await header(shortLetter());
    expect(xml).toMatch(/<w:pBdr><w:bottom [^>]*w:val="single"/);
    expect(xml).toContain(">CLB Test<");
  });
});
