import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { deflateZlib } from "../../src/core/render/compress.js";
import { PDFDocument } from "../../src/core/render/fast/pdfkit.js";
import { CONTENT_DEFLATE_LEVEL } from "../../src/core/render/fast/pdfkit-output.js";
import { useFace } from "../../src/core/render/pdf/pdf-fonts.js";

/** A small PDF made with pdfkit as the renderer sets it up. */
async function smallPdf(): Promise<Buffer> {
  const pdf = new PDFDocument({ font: null as unknown as string });
  const chunks: Uint8Array[] = [];
  pdf.on("data", (chunk: Uint8Array) => chunks.push(chunk));
  const done = new Promise((resolve) => pdf.on("end", resolve));
  useFace(pdf, "regular");
  pdf.text("Een brief over beeldbellen, met één zin.", 72, 72);
  pdf.addPage().text("Tweede bladzijde.", 72, 72);
  pdf.end();
  await done;
  return Buffer.concat(chunks);
}

/** Each stream's object number, dictionary and bytes. */
function streams(pdf: Buffer): { object: number; dictionary: string; data: Buffer }[] {
  const text = pdf.toString("latin1");
  const found: { object: number; dictionary: string; data: Buffer }[] = [];
  for (const match of text.matchAll(/(\d+) 0 obj\n<<((?:(?!endobj)[\s\S])*?)>>\nstream\n/g)) {
    const length = Number(/\/Length (\d+)/.exec(match[2]!)![1]);
    const start = match.index + match[0].length;
    const data = pdf.subarray(start, start + length);
    found.push({ object: Number(match[1]), dictionary: match[2]!, data });
  }
  return found;
}

describe("the streams pdfkit compresses", () => {
  it(`are compressed at level ${CONTENT_DEFLATE_LEVEL} by the renderers' deflate, and read back whole`, async () => {
    const pdf = await smallPdf();
    // The embedded font file is compressed once per glyph set, at zlib's default level.
    const fontFile = Number(/\/FontFile2 (\d+) 0 R/.exec(pdf.toString("latin1"))![1]);
    const compressed = streams(pdf).filter(
      (s) => s.dictionary.includes("/FlateDecode") && s.object !== fontFile,
    );
    // Two pages' contents and the font's ToUnicode map.
    expect(compressed.length).toBeGreaterThanOrEqual(3);
    for (const { data } of compressed) {
      const plain = inflateSync(data);
      expect(Buffer.from(deflateZlib(plain, CONTENT_DEFLATE_LEVEL)).equals(data)).toBe(true);
    }
    const pages = compressed.map((s) => inflateSync(s.data).toString("latin1"));
    expect(pages.filter((p) => p.includes(" TJ")).length).toBe(2);
  });

  it("the document's own text lines arrive whole and in order", async () => {
    const text = (await smallPdf()).toString("latin1");
    expect(text.startsWith("%PDF-1.3\n%\xFF\xFF\xFF\xFF\n")).toBe(true);
    expect(text).toMatch(/\nxref\n0 \d+\n0000000000 65535 f \n/);
    expect(text.endsWith("\n%%EOF\n")).toBe(true);
    // The cross-reference table points at each object's first byte.
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.length).toBeGreaterThan(5);
    for (const [index, offset] of offsets.entries())
      expect(text.slice(offset, offset + 12)).toMatch(new RegExp(`^${index + 1} 0 obj\\n`));
  });
});
