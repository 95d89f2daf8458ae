import { createRequire } from "node:module";
import * as nodeZlib from "node:zlib";
import type * as Fontkit from "fontkit";
import type PDFDocumentClass from "pdfkit";
import { deflateZlib } from "../compress.js";
import { inflateInto } from "./fast-inflate.node.js";
import { putInCache, standInUntilUsed, whileLoading } from "./module-cache.node.js";
import { withFastReading } from "./png-js.js";
import { FAST_PATHS_AT_START, recordModule } from "./registry.js";

/**
 * fontkit and pdfkit as Node loads them, with the modules they load on start replaced where
 * that is faster (the methods are replaced in fontkit.ts and pdfkit.ts, the same in Node and
 * in the browser). The browser's twin is libraries.browser.ts: the site's build takes it
 * instead of this file (scripts/build-site.js). fontkit and pdfkit are loaded as CommonJS:
 * their CommonJS builds are single files, which Node 20 loads faster than the ES builds
 * (measured, about 50 ms). fontkit first: pdfkit loads this same fontkit.
 */

const require = createRequire(import.meta.url);
const fromFontkit = createRequire(require.resolve("fontkit"));
const fromPdfkit = createRequire(require.resolve("pdfkit"));

if (FAST_PATHS_AT_START) {
  // fontkit's Brotli decoder (for WOFF2 fonts; ours are TrueType) with its 750 kB dictionary is
  // loaded on start but never used by a letter: not loading it takes ~45 ms (with pdfkit's AES)
  // off every process and thread that makes a PDF (measured on `generate`). Should a later
  // version use it, it loads then.
  const brotli = fromFontkit.resolve("brotli/decompress.js");
  if (!require.cache[brotli]) {
    standInUntilUsed(
      fromFontkit,
      "brotli/decompress.js",
      (load) =>
        (...args: unknown[]) =>
          (load() as (...args: unknown[]) => unknown)(...args),
    );
  }
  // Unicode tables are unpacked with Node's zlib instead of tiny-inflate (see fast-inflate.ts).
  // Installed before fontkit loads, since unicode-trie unpacks as it loads.
  const tinyInflate = fromFontkit.resolve("tiny-inflate");
  if (!require.cache[tinyInflate]) putInCache(tinyInflate, inflateInto);
}
recordModule({
  library: "brotli",
  requiredBy: "fontkit",
  id: "brotli/decompress.js",
  file: fromFontkit.resolve("brotli/decompress.js"),
  why: "loaded on first use: only WOFF2 fonts need it",
});
recordModule({
  library: "tiny-inflate",
  requiredBy: "unicode-trie",
  id: "tiny-inflate",
  file: fromFontkit.resolve("tiny-inflate"),
  why: "Unicode tables unpacked with Node's zlib",
});

export const fontkit = require("fontkit") as typeof Fontkit;

if (FAST_PATHS_AT_START) {
  // pdfkit's AES (for encrypted PDFs) is loaded on start; letters are never encrypted.
  standInUntilUsed(
    fromPdfkit,
    "@noble/ciphers/aes",
    (load) => new Proxy({}, { get: (_, key) => (load() as Record<PropertyKey, unknown>)[key] }),
  );
  // pdfkit reads PNG images (a centre's logo) with png-js; its chunk reading is replaced by one
  // that gives the same fields much faster (see png-js.ts).
  const file = fromPdfkit.resolve("png-js");
  const original = fromPdfkit("png-js") as (new (
    data: Uint8Array,
  ) => object) & {
    original?: unknown;
  };
  if (!original.original) putInCache(file, withFastReading(original));
}
recordModule({
  library: "pdfkit",
  requiredBy: "pdfkit",
  id: "@noble/ciphers/aes",
  file: fromPdfkit.resolve("@noble/ciphers/aes"),
  why: "loaded on first use: only encrypted PDFs need it",
});
recordModule({
  library: "png-js",
  requiredBy: "pdfkit",
  id: "png-js",
  file: fromPdfkit.resolve("png-js"),
  why: "PNG chunks sliced instead of copied byte by byte",
});

// pdfkit compresses a PNG logo's pixels itself (PNGImage.splitAlphaChannel, decodeData and
// loadIndexedAlphaChannel call zlib.deflateSync): while it loads, it is given a zlib whose
// deflateSync is the renderers' own (../compress.ts), so that no byte of a letter depends on
// Node's zlib. Always, with the fast paths off too: it decides the letter's bytes. Only pdfkit
// gets it; every later require("zlib") gets Node's.
const zlibForPdfkit = {
  ...nodeZlib,
  deflateSync: (data: Uint8Array, options?: { level?: number }) => {
    const level = (options?.level ?? 6) as Parameters<typeof deflateZlib>[1];
    const bytes = deflateZlib(data, level);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  },
};
recordModule({
  library: "zlib",
  requiredBy: "pdfkit",
  id: "zlib",
  file: "zlib",
  why: "PNG pixels compressed with the renderers' deflate, not Node's zlib",
  whileLoading: true,
});

export const PDFDocument = whileLoading(fromPdfkit, "zlib", zlibForPdfkit, () =>
  require("pdfkit"),
) as typeof PDFDocumentClass;
