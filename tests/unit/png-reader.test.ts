import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { encodePng, pngChunk } from "../../scripts/png-writer.js";
import { readPng } from "../../src/core/render/fast/png-js.js";

// png-js as pdfkit loads it; once the PDF code has run in this process, that is the stand-in,
// which keeps the original.
const fromPdfkit = createRequire(createRequire(import.meta.url).resolve("pdfkit"));
const loaded = fromPdfkit("png-js") as (new (data: Uint8Array) => object) & { original?: never };
const PngJs = (loaded.original ?? loaded) as unknown as new (
  data: Uint8Array,
) => Record<string, unknown>;

/** A PNG of the given kind, its pixel data split over `parts` IDAT chunks. */
function png(options: {
  colorType: number;
  bits?: number;
  interlace?: number;
  extra?: Buffer[];
  parts?: number;
}): Buffer {
  const [width, height] = [37, 23];
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[options.colorType]!;
  const row = Math.ceil((width * channels * (options.bits ?? 8)) / 8) + 1;
  const scanlines = Buffer.alloc(row * height, 0);
  for (let i = 0; i < scanlines.length; i += 1) if (i % row !== 0) scanlines[i] = (i * 7919) % 251;
  return encodePng({ width, height, scanlines, ...options });
}

const palette = pngChunk("PLTE", Buffer.from(Array.from({ length: 48 }, (_, i) => (i * 5) % 256)));
const text = pngChunk("tEXt", Buffer.from("Software\0tekenprogramma é", "latin1"));

const KINDS: Record<string, Buffer> = {
  grey: png({ colorType: 0 }),
  "grey with a transparent grey": png({
    colorType: 0,
    extra: [pngChunk("tRNS", Buffer.from([0, 9]))],
  }),
  "grey, 4 bits": png({ colorType: 0, bits: 4 }),
  rgb: png({ colorType: 2, extra: [text] }),
  "rgb with a transparent colour": png({
    colorType: 2,
    extra: [pngChunk("tRNS", Buffer.from([0, 1, 0, 2, 0, 3]))],
  }),
  "rgb, 16 bits": png({ colorType: 2, bits: 16 }),
  "rgb, interlaced": png({ colorType: 2, interlace: 1 }),
  palette: png({ colorType: 3, extra: [palette] }),
  "palette with transparency": png({
    colorType: 3,
    extra: [palette, pngChunk("tRNS", Buffer.from([0, 128, 255]))],
  }),
  "grey and alpha": png({ colorType: 4 }),
  rgba: png({ colorType: 6, parts: 5 }),
  "rgba, an unknown chunk": png({ colorType: 6, extra: [pngChunk("pHYs", Buffer.alloc(9, 1))] }),
};

const FIELDS = [
  "width",
  "height",
  "bits",
  "colorType",
  "compressionMethod",
  "filterMethod",
  "interlaceMethod",
  "palette",
  "imgData",
  "transparency",
  "text",
  "colors",
  "hasAlphaChannel",
  "pixelBitlength",
  "colorSpace",
  "pos",
] as const;

describe("reading a PNG for pdfkit", () => {
  it.each(Object.entries(KINDS))("gives png-js's fields for %s", (_, data) => {
    const ours = readPng(data) as unknown as Record<string, unknown>;
    const theirs = new PngJs(data);
    for (const field of FIELDS) expect(ours[field], field).toEqual(theirs[field]);
    expect(ours.imgData).toBeInstanceOf(Uint8Array);
    expect((ours.imgData as Uint8Array).length).toBeGreaterThan(50);
  });

  it("fails like png-js on a file cut short", () => {
    const data = KINDS.rgb!.subarray(0, 60);
    expect(() => new PngJs(data)).toThrow("Incomplete or corrupt PNG file");
    expect(() => readPng(data)).toThrow("Incomplete or corrupt PNG file");
  });

  it("is what pdfkit uses, and decodes pixels as png-js does", async () => {
    await import("../../src/core/render/fast/pdfkit.js");
    const Png = fromPdfkit("png-js") as new (
      data: Uint8Array,
    ) => {
      decodePixels(done: (pixels: Uint8Array) => void): void;
    };
    expect((Png as unknown as { original?: unknown }).original).toBe(PngJs);
    const decode = (image: { decodePixels(done: (p: Uint8Array) => void): void }) =>
      new Promise<Uint8Array>((resolve) => image.decodePixels(resolve));
    const data = KINDS.rgba!;
    const pixels = await decode(new Png(data));
    expect(pixels).toEqual(await decode(new PngJs(data) as never));
    expect(pixels.length).toBe(37 * 23 * 4);
  });
});
