import { createRequire } from "node:module";
import { brotliCompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { inflateInto } from "../../src/core/render/fast/fast-inflate.node.js";
import { PDFDocument } from "../../src/core/render/fast/pdfkit.js";

const require = createRequire(import.meta.url);
const fromFontkit = createRequire(require.resolve("fontkit"));
const fromPdfkit = createRequire(require.resolve("pdfkit"));
const brotliDictionary = fromFontkit.resolve("brotli/dec/dictionary-data.js");

describe("pdfkit and fontkit as loaded for letters", () => {
  it("do not load the Brotli decoder, which only WOFF2 fonts need", () => {
    expect(require.cache[brotliDictionary]).toBeUndefined();
  });

  it("unpack their Unicode tables with Node's zlib, not tiny-inflate", () => {
    const unicodeTrie = createRequire(fromFontkit.resolve("unicode-trie"));
    expect(require.cache[unicodeTrie.resolve("tiny-inflate")]?.exports).toBe(inflateInto);
    expect(require.cache[fromFontkit.resolve("tiny-inflate")]?.exports).toBe(inflateInto);
  });

  it("load the Brotli decoder when it is used, and it decodes", () => {
    const decompress = fromFontkit("brotli/decompress.js") as (data: Uint8Array) => Uint8Array;
    const text = "Beeldbellen met het CLB";
    const decoded = decompress(brotliCompressSync(Buffer.from(text)));
    expect(Buffer.from(decoded).toString()).toBe(text);
    expect(require.cache[brotliDictionary]).toBeDefined();
  });

  it("make an encrypted PDF with AES, loaded on first use", async () => {
    const aes = fromPdfkit.resolve("@noble/ciphers/aes");
    const pdf = new PDFDocument({
      pdfVersion: "1.7ext3",
      userPassword: "geheim",
      font: null as unknown as string,
    });
    const chunks: Uint8Array[] = [];
    pdf.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    const ended = new Promise((resolve) => pdf.on("end", resolve));
    pdf.end();
    await ended;
    expect(Buffer.concat(chunks).toString("latin1")).toContain("/AESV3");
    expect(require.cache[aes]?.loaded).toBe(true);
  });
});
