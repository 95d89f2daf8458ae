import Module, { createRequire } from "node:module";
import type * as Fontkit from "fontkit";
import type PDFDocumentClass from "pdfkit";
import { inflateInto } from "./fast-inflate.js";
import { coalesceDocumentWrites } from "./pdf-output.js";
import { withFastReading } from "./png-reader.js";

// pdfkit and fontkit are loaded as CommonJS: their CommonJS builds (and those of their
// dependencies) are single files, and Node 20 loads them about 50 ms faster than the ES
// builds (measured). Both are loaded here, so there is one fontkit, the one pdfkit uses.
const require = createRequire(import.meta.url);
const fromFontkit = createRequire(require.resolve("fontkit"));
const fromPdfkit = createRequire(require.resolve("pdfkit"));

/**
 * Puts a stand-in for a module in require's cache, so the library that requires it on start
 * gets the stand-in, and the module itself is loaded when the stand-in is first used.
 */
function loadOnFirstUse(
  from: NodeJS.Require,
  id: string,
  standIn: (load: () => unknown) => unknown,
): void {
  const file = from.resolve(id);
  if (require.cache[file]) return;
  let loaded: unknown;
  const load = () => {
    if (loaded === undefined) {
      delete require.cache[file];
      loaded = from(id);
    }
    return loaded;
  };
  putInCache(file, standIn(load));
}

/** Makes `exports` what require() gives for `file` from now on. */
function putInCache(file: string, exports: unknown): void {
  const module = new Module(file);
  module.filename = file;
  module.loaded = true;
  module.exports = exports;
  require.cache[file] = module;
}

// Two modules that are loaded on start but serve only input a letter never has: fontkit's
// Brotli decoder (for WOFF2 fonts; ours are TrueType) with its 750 kB dictionary, and pdfkit's
// AES (for encrypted PDFs). Not loading them takes 45 ms off every process and thread that
// makes a PDF (measured on `generate`). Should a later version use them, they load then.
loadOnFirstUse(
  fromFontkit,
  "brotli/decompress.js",
  (load) =>
    (...args: unknown[]) =>
      (load() as (...args: unknown[]) => unknown)(...args),
);
loadOnFirstUse(
  fromPdfkit,
  "@noble/ciphers/aes",
  (load) => new Proxy({}, { get: (_, key) => (load() as Record<PropertyKey, unknown>)[key] }),
);

// Unicode tables are unpacked with Node's zlib instead of tiny-inflate (see fast-inflate.ts).
// Installed before fontkit and pdfkit load, since unicode-trie unpacks as it loads.
{
  const file = fromFontkit.resolve("tiny-inflate");
  if (!require.cache[file]) putInCache(file, inflateInto);
}

// pdfkit reads PNG images (a centre's logo) with png-js; its chunk reading is replaced by one
// that gives the same fields much faster (see png-reader.ts).
{
  const file = fromPdfkit.resolve("png-js");
  const original = fromPdfkit("png-js") as (new (
    data: Uint8Array,
  ) => object) & {
    original?: unknown;
  };
  if (!original.original) putInCache(file, withFastReading(original));
}

export const fontkit = require("fontkit") as typeof Fontkit;
export const PDFDocument = require("pdfkit") as typeof PDFDocumentClass;

// Text pdfkit writes is turned into bytes in large pieces, not line by line (see pdf-output.ts).
coalesceDocumentWrites(
  PDFDocument.prototype as unknown as Parameters<typeof coalesceDocumentWrites>[0],
);
