import { describe, expect, it } from "vitest";
import { documentText } from "../../src/core/document/document-text.js";
import { renderMd } from "../../src/core/render/render-md.js";
import { renderTxt } from "../../src/core/render/render-txt.js";
import { arabicLetter } from "../helpers/rtl-letter.js";

// Text formats carry a right-to-left letter in logical (reading) order, as typed: the reader's
// software lays it out. Nothing reversed, no direction marks added.
describe("a right-to-left letter in Markdown and plain text", () => {
  it("keeps every block's text in reading order", async () => {
    const doc = await arabicLetter();
    const txt = new TextDecoder().decode(await renderTxt(doc));
    const md = new TextDecoder().decode(await renderMd(doc));
    expect(md).toBe(doc.markdown);
    const blocks = documentText(doc).split("\n");
    let from = 0;
    for (const block of blocks) {
      const at = txt.indexOf(block, from);
      expect(at, block).toBeGreaterThanOrEqual(from);
      from = at + block.length;
    }
    expect(txt).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });
});
