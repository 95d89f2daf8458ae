import { concatBytes, latin1Bytes } from "../bytes.js";
import { crc32, deflateZlib } from "../compress.js";
import { openFont, REGULAR_FONT_FILE } from "./fontkit.js";
import { PDFDocument } from "./libraries.node.js";
import {
  type EmbeddedFontInternals,
  embedInDrawingOrder,
  fasterFontMethods,
} from "./pdfkit-fonts.js";
import { flattenForPdfA, type PngImageInternals, preparePixelsOnce } from "./pdfkit-images.js";
import { breakWhereAllowed, type LineWrapperInternals } from "./pdfkit-lines.js";
import {
  coalesceDocumentWrites,
  coalesceReferenceWrites,
  compressAtLevel,
  type DocumentInternals,
  type ReferenceInternals,
} from "./pdfkit-output.js";
import { escapeXmpInfo } from "./pdfkit-xmp.js";
import { fix } from "./registry.js";

/**
 * pdfkit as the letters use it, with every replacement of its internals made here, when this
 * module loads; fontkit's are in fontkit.ts, loaded first. How pdfkit itself is loaded differs
 * between Node and the browser (libraries.node.ts and its twin); what is replaced does not.
 */

export { PDFDocument };

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
  openImage(src: Uint8Array): object;
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
// Before preparePixelsOnce: its fast path keeps what the fix made.
flattenForPdfA(imageClass);
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
function onePixelPng(): Uint8Array {
  const chunk = (type: string, body: Uint8Array) => {
    const typed = concatBytes([latin1Bytes(type), body]);
    const framed = new Uint8Array(typed.length + 8);
    const view = new DataView(framed.buffer);
    view.setUint32(0, body.length);
    framed.set(typed, 4);
    view.setUint32(4 + typed.length, crc32(typed));
    return framed;
  };
  const header = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  return concatBytes([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateZlib(new Uint8Array([0, 0, 0, 0, 0]))),
    chunk("IEND", new Uint8Array(0)),
  ]);
}
