import { createRequire } from "node:module";
import * as nodeZlib from "node:zlib";
import type PDFDocumentClass from "pdfkit";
import { crc32, deflateZlib } from "../compress.js";
import { openFont, REGULAR_FONT_FILE } from "./fontkit.js";
import { putInCache, standInUntilUsed, whileLoading } from "./module-cache.js";
import {
  type EmbeddedFontInternals,
  embedInDrawingOrder,
  fasterFontMethods,
} from "./pdfkit-fonts.js";
import { type PngImageInternals, preparePixelsOnce } from "./pdfkit-images.js";
import { breakWhereAllowed, type LineWrapperInternals } from "./pdfkit-lines.js";
import {
  coalesceDocumentWrites,
  coalesceReferenceWrites,
  compressAtLevel,
  type DocumentInternals,
  type ReferenceInternals,
} from "./pdfkit-output.js";
import { escapeXmpInfo } from "./pdfkit-xmp.js";
import { withFastReading } from "./png-js.js";
import { FAST_PATHS_AT_START, fix, recordModule } from "./registry.js";

/**
 * pdfkit as the letters use it, with every replacement of its internals (and of the modules it
 * loads) made here, when this module loads: fontkit's are in fontkit.ts, loaded first, so that
 * there is one fontkit, the one pdfkit uses. pdfkit is loaded as CommonJS, a single file that
 * Node 20 loads faster than the ES build (measured).
 */

const require = createRequire(import.meta.url);
const fromPdfkit = createRequire(require.resolve("pdfkit"));

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

/** The parts of pdfkit's PDFDocument (0.20) that the fix for drawing text relies on. */
export type FragmentOptions = PDFKit.Mixins.TextOptions & {
  textWidth?: number;
  wordCount?: number;
};
type Fragment = (
  this: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  options: FragmentOptions,
) => void;
interface DocumentClass extends DocumentInternals {
  _fragment: Fragment;
  _addInfo(): void;
  info: Record<string, unknown>;
}

// pdfkit exports neither its reference, font nor image class: a document made on load, never
// written, hands them out.
const probe = new PDFDocument({ font: null as unknown as string, autoFirstPage: false });
const probeInternals = probe as unknown as {
  ref(): object;
  _font: object;
  openImage(src: Buffer): object;
};
const referenceClass = Object.getPrototypeOf(probeInternals.ref()) as ReferenceInternals;
probe.font(openFont(REGULAR_FONT_FILE) as unknown as string);
const fontClass = Object.getPrototypeOf(probeInternals._font) as EmbeddedFontInternals;
const imageClass = Object.getPrototypeOf(
  probeInternals.openImage(onePixelPng()),
) as PngImageInternals;
const documentClass = PDFDocument.prototype as unknown as DocumentClass;
// Nor its line wrapper: measuring text as if it continued leaves one on the document.
probe.addPage({ size: "A6" });
probe.heightOfString("x", { width: 100, continued: true });
const wrapperClass = Object.getPrototypeOf(
  (probe as unknown as { _wrapper: object })._wrapper,
) as LineWrapperInternals;

// The order matters where two touch one class: the fix of finalize takes pdfkit's own write.
compressAtLevel(referenceClass);
coalesceReferenceWrites(referenceClass);
coalesceDocumentWrites(documentClass);
fasterFontMethods(fontClass);
embedInDrawingOrder(fontClass);
preparePixelsOnce(imageClass);
escapeXmpInfo(documentClass);
breakWhereAllowed(wrapperClass);

let drawFragment: ((fragment: Fragment, ...args: Parameters<Fragment>) => void) | undefined;

/**
 * Fix of PDFDocument._fragment, which draws a piece of a line: the PDF renderer draws it in
 * its own way (right-to-left text in reading order, fallback fonts on the baseline; see
 * drawInReadingOrder in ../render-pdf.ts), given pdfkit's own method to draw each part with.
 */
fix(
  "pdfkit",
  "PDFDocument._fragment",
  documentClass,
  "_fragment",
  (fragment) =>
    function (this: PDFKit.PDFDocument, text, x, y, options) {
      if (drawFragment) drawFragment.call(this, fragment, text, x, y, options);
      else fragment.call(this, text, x, y, options);
    },
);

/** Sets how pdfkit's line pieces are drawn (once, by the PDF renderer). */
export function drawFragmentsWith(
  draw: (this: PDFKit.PDFDocument, fragment: Fragment, ...args: Parameters<Fragment>) => void,
): void {
  drawFragment = draw;
}

/** A 1 x 1 PNG with an alpha channel: pdfkit opens it as the class every logo PNG gets. */
function onePixelPng(): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(body.length);
    const typed = Buffer.concat([Buffer.from(type, "latin1"), body]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([head, typed, crc]);
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", Buffer.from(deflateZlib(Buffer.from([0, 0, 0, 0, 0])))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
