import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { renderPdf } from "../../src/core/render/render-pdf.js";
import { arabicLetter } from "../helpers/rtl-letter.js";

/** Each font's ToUnicode map of a PDF: glyph id to the text it stands for. */
function toUnicodeMaps(pdf: Buffer): Map<number, string>[] {
  const text = pdf.toString("latin1");
  const maps: Map<number, string>[] = [];
  for (const ref of text.matchAll(/\/ToUnicode (\d+) 0 R/g)) {
    const head = new RegExp(`\\n${ref[1]} 0 obj\\n<<([\\s\\S]*?)>>\\nstream\\n`).exec(text)!;
    const length = Number(/\/Length (\d+)/.exec(head[1]!)![1]);
    const start = head.index + head[0].length;
    const cmap = inflateSync(pdf.subarray(start, start + length)).toString("latin1");
    const map = new Map<number, string>();
    const decode = (hex: string) =>
      String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => Number.parseInt(unit, 16)));
    // pdfkit writes ranges of glyph ids, each with an array of texts.
    for (const range of cmap.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
      const first = Number.parseInt(range[1]!, 16);
      [...range[3]!.matchAll(/<([0-9a-f]*)>/gi)].forEach((m, i) => {
        map.set(first + i, decode(m[1]!));
      });
    }
    maps.push(map);
  }
  return maps;
}

describe("Arabic in a right-to-left letter's PDF", () => {
  it("is shaped: a letter is drawn in several joining forms (initial, medial, final)", async () => {
    const pdf = Buffer.from(await renderPdf(await arabicLetter()));
    const maps = toUnicodeMaps(pdf);
    expect(maps.length).toBeGreaterThan(0);
    // A joining letter takes a glyph for each form it is drawn in (ب in "بنا" and "عبر"):
    // unshaped, each letter would have one glyph.
    const lettersInSeveralForms = Math.max(
      ...maps.map((map) => {
        const glyphs = new Map<string, number>();
        for (const text of map.values()) {
          if (/^[\u0621-\u064a]$/.test(text)) glyphs.set(text, (glyphs.get(text) ?? 0) + 1);
        }
        return [...glyphs.values()].filter((count) => count >= 2).length;
      }),
    );
    expect(lettersInSeveralForms).toBeGreaterThanOrEqual(10);
  });
});
