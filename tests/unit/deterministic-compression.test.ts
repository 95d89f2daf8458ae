import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { inflateSync, unzlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import { makeLetter } from "../../src/core/letter/make-letter.js";
import { crc32, deflateRaw, deflateZlib } from "../../src/core/render/compress.js";
import { CONTENT_DEFLATE_LEVEL } from "../../src/core/render/fast/pdfkit-output.js";
import { renderDocx } from "../../src/core/render/render-docx.js";
import { renderPdf } from "../../src/core/render/render-pdf.js";
import { loadProfile } from "../../src/node/io/load-profile.js";
import { loadTemplates } from "../../src/node/io/load-templates.js";
import { loadTools } from "../../src/node/io/load-tools.js";
import { profileYaml, TEMPLATES, tempDir } from "../helpers/cli.js";
import { transparentPng } from "../helpers/transparent-png.js";

// Issue 28: a letter made in the browser must have the bytes the command line makes. Node's
// zlib gives other bytes than any JavaScript deflate (and than itself on another version), so
// every compressed byte of a letter must come from the renderers' own deflate
// (src/core/render/compress.ts). Each compressed stream or zip entry is decompressed and compressed
// again with it: one made by Node's zlib would differ.

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

async function letterWithLogo(colorType: 3 | 6) {
  const dir = await tempDir("clb-deflate-");
  await mkdir(path.join(dir, "logos"));
  const png = transparentPng(colorType);
  await writeFile(path.join(dir, "logos", "logo.png"), png);
  const file = path.join(dir, "clb-test.yaml");
  await writeFile(file, profileYaml({ logo: "logo: logos/logo.png" }));
  const loaded = await loadProfile(file);
  const templates = await loadTemplates(TEMPLATES, ["teams"]);
  const tools = await loadTools(path.join(TEMPLATES, "tools.yaml"));
  return { letter: makeLetter(loaded, "teams", { templates, tools }), idat: idatOf(png) };
}

/** A PNG's image data as the file holds it, compressed: a PDF may take it over as it is. */
function idatOf(png: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let offset = 8; offset < png.length; ) {
    const length = view.getUint32(offset);
    const type = Buffer.from(png.subarray(offset + 4, offset + 8)).toString("latin1");
    if (type === "IDAT") chunks.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  return Buffer.concat(chunks);
}

/** Every FlateDecode stream of a PDF (pdfkit writes no object streams). */
function flateStreams(pdf: Uint8Array): Uint8Array[] {
  const text = Buffer.from(pdf).toString("latin1");
  const streams: Uint8Array[] = [];
  const pattern = /<<((?:(?!>>\s*stream)[\s\S])*?)>>\s*stream\r?\n/g;
  for (const match of text.matchAll(pattern)) {
    if (!/\/Filter\s*\/FlateDecode/.test(match[1]!)) continue;
    const length = /\/Length (\d+)/.exec(match[1]!);
    expect(length, `a stream without /Length: ${match[1]}`).not.toBeNull();
    const start = match.index! + match[0].length;
    streams.push(pdf.subarray(start, start + Number(length![1])));
  }
  return streams;
}

/** The zip's entries as stored (from its central directory): name, method, bytes, CRC. */
function zipEntries(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end > 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  const count = view.getUint16(end + 10, true);
  let entry = view.getUint32(end + 16, true);
  const entries: { name: string; method: number; data: Uint8Array; crc: number }[] = [];
  for (let i = 0; i < count; i += 1) {
    expect(view.getUint32(entry, true)).toBe(0x02014b50);
    const method = view.getUint16(entry + 10, true);
    const crc = view.getUint32(entry + 16, true);
    const size = view.getUint32(entry + 20, true);
    const nameLength = view.getUint16(entry + 28, true);
    const skip = nameLength + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
    const local = view.getUint32(entry + 42, true);
    const name = Buffer.from(zip.subarray(entry + 46, entry + 46 + nameLength)).toString();
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({ name, method, crc, data: zip.subarray(start, start + size) });
    entry += 46 + skip;
  }
  return entries;
}

describe("every compressed byte of a letter comes from the renderers' own deflate", () => {
  it.each([
    ["an RGBA logo", 6],
    ["a palette logo with transparent entries", 3],
  ] as const)("the PDF, with %s: every stream", async (_, colorType) => {
    const { letter, idat } = await letterWithLogo(colorType);
    // The logo's own compressed pixels, taken over as they are, were not compressed here.
    const streams = flateStreams(await renderPdf(letter)).filter((s) => !same(s, idat));
    // Pages, fonts, their maps, the logo's colour and its transparency.
    expect(streams.length).toBeGreaterThan(8);
    for (const stream of streams) {
      const content = unzlibSync(stream);
      const ours = [CONTENT_DEFLATE_LEVEL, 6].map((level) => deflateZlib(content, level as 3 | 6));
      expect(
        ours.some((bytes) => same(bytes, stream)),
        `a stream of ${content.length} bytes not compressed by src/core/render/compress.ts`,
      ).toBe(true);
    }
  });

  it("the DOCX, with a logo: every zip entry, and its CRC", async () => {
    const docx = await renderDocx((await letterWithLogo(6)).letter);
    const entries = zipEntries(docx);
    expect(entries.map((e) => e.name)).toContain("word/document.xml");
    for (const entry of entries) {
      const content = entry.method === 8 ? inflateSync(entry.data) : entry.data;
      if (entry.method === 8) {
        expect(same(deflateRaw(content, 6), entry.data), entry.name).toBe(true);
      } else {
        expect(entry.method, entry.name).toBe(0);
      }
      expect(entry.crc, entry.name).toBe(crc32(content));
    }
  });
});
