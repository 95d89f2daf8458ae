import type { Keep } from "../../document/break-rules.js";
import { RTL_LETTER } from "../rtl-letter.js";
import { drawRightToLeftMark, type FontFace, useFace, useRightToLeftTwin } from "./pdf-fonts.js";
import { LAYOUT } from "./pdf-layout.js";
import { type FaceRun, mirror } from "./pdf-text.js";
import { drawnText, type LinePart, type RtlLine, rtlLines } from "./rtl-lines.js";

type Pdf = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/**
 * A right-to-left letter (Arabic) in the PDF: its paragraphs, headings, list markers and page
 * furniture laid out by ./rtl-lines.ts and drawn here, piece by piece, each at its place. Each
 * line starts at the right margin and ends ragged on the left.
 */

/** A part of a paragraph as the renderer has it: one font, maybe a link, maybe kept whole. */
export interface StyledPart {
  readonly text: string;
  readonly face: FontFace;
  readonly keep?: Keep;
  readonly href?: string;
  /** The link group it belongs to (one structure element per link). */
  readonly group: number;
}

export interface RtlStyle {
  readonly size: number;
  readonly color: string;
}

// Documents whose text pieces are drawn as laid out here: the fix of pdfkit's _fragment (see
// drawInReadingOrder in ../render-pdf.ts) must not reorder them again.
const laidOut = new WeakSet<Pdf>();

/** Whether the piece being drawn was placed by this module (and is to be drawn as it is). */
export function isLaidOut(pdf: Pdf): boolean {
  return laidOut.has(pdf);
}

/**
 * Kept left to right as a unit: a phone number, a web address, and a link whose text has no
 * right-to-left letter (an e-mail address, a vendor's name).
 */
function isolated(part: StyledPart): boolean {
  return part.keep !== undefined || (part.href !== undefined && !RTL_LETTER.test(part.text));
}

function toLineParts(parts: readonly StyledPart[]): LinePart[] {
  return parts.map((part) => ({
    text: part.text,
    isolate: isolated(part),
    ...(part.keep ? { keep: part.keep } : {}),
  }));
}

/** With features given, pdfkit lays a run out whole, and fontkit reverses and joins it. */
function shapeWhole(text: string, rightToLeft: boolean): boolean {
  return rightToLeft && RTL_LETTER.test(text);
}

function layOut(pdf: Pdf, parts: readonly StyledPart[], width: number, size: number): RtlLine[] {
  return rtlLines(toLineParts(parts), width, (index, text, rightToLeft) => {
    useFace(pdf, parts[index]!.face);
    pdf.fontSize(size);
    const drawn = drawnText({ text, rightToLeft });
    return pdf.widthOfString(drawn, shapeWhole(text, rightToLeft) ? { features: [] } : {});
  });
}

/** The distance from one line to the next in a face and size. */
function lineStep(pdf: Pdf, face: FontFace, size: number): number {
  useFace(pdf, face);
  pdf.fontSize(size);
  return pdf.currentLineHeight(true) + LAYOUT.body.lineGap;
}

/** How many lines the parts take at a width. */
export function rtlLineCount(
  pdf: Pdf,
  parts: readonly StyledPart[],
  width: number,
  size: number,
): number {
  return Math.max(1, layOut(pdf, parts, width, size).length);
}

/**
 * Draws one line's pieces with its left edge at x, in reading order (pdf.js and screen readers
 * read a line's text in the order it is drawn; Poppler reads by position). Each piece is its
 * own marked content, in the paragraph's structure element or its link's.
 */
function drawLine(
  pdf: Pdf,
  line: RtlLine,
  parts: readonly StyledPart[],
  x: number,
  y: number,
  style: RtlStyle,
  contentOf: (part: StyledPart) => ((draw: () => void) => void) | undefined,
): void {
  laidOut.add(pdf);
  try {
    line.pieces.forEach((piece, index) => {
      const part = parts[piece.part]!;
      const draw = () => {
        for (const mark of line.marks) {
          if (mark.piece !== index) continue;
          pdf.fontSize(style.size);
          // A hair inside the character before it on the page, so Poppler sorts it there.
          drawRightToLeftMark(pdf, x + mark.x - 0.01, y);
        }
        useFace(pdf, part.face);
        pdf.fontSize(style.size);
        pdf.fillColor(part.href ? LAYOUT.colors.link : style.color);
        // A right-to-left piece in the face's twin: its text maps back in reading order.
        const restore = piece.rightToLeft ? useRightToLeftTwin(pdf, mirror) : undefined;
        pdf.text(drawnText(piece), x + piece.x, y, {
          lineBreak: false,
          ...(shapeWhole(piece.text, piece.rightToLeft) ? { features: [] } : {}),
          ...(part.href ? { link: part.href, underline: true } : { link: null, underline: false }),
        });
        restore?.();
      };
      const content = contentOf(part);
      if (content) content(draw);
      else draw();
    });
  } finally {
    laidOut.delete(pdf);
  }
}

/**
 * A paragraph or heading, right-aligned in the box, from pdf.y down, on the next page where a
 * line does not fit above the bottom margin (which the widow rule may have raised).
 */
export function writeRtlParagraph(
  pdf: Pdf,
  parent: Struct,
  parts: readonly StyledPart[],
  box: { readonly x: number; readonly width: number },
  style: RtlStyle & { readonly face: FontFace },
): void {
  const lines = layOut(pdf, parts, box.width, style.size);
  const step = lineStep(pdf, style.face, style.size);
  const lineHeight = step - LAYOUT.body.lineGap;
  // One structure element per link, however many lines and pieces it takes.
  const links = new Map<number, Struct>();
  const contentOf = (part: StyledPart) => (draw: () => void) => {
    if (part.href === undefined) {
      parent.add(draw);
      return;
    }
    let link = links.get(part.group);
    if (!link) {
      link = pdf.struct("Link");
      parent.add(link);
      links.set(part.group, link);
    }
    link.add(draw);
  };
  for (const line of lines) {
    if (pdf.y + lineHeight > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
    const top = pdf.y;
    drawLine(pdf, line, parts, box.x + box.width - line.width, top, style, contentOf);
    pdf.y = top + step;
  }
  for (const link of links.values()) link.end();
  pdf.x = box.x;
}

/**
 * One line of text (a list's marker, the running header, the footer) with its right edge at
 * `right`, or its left edge at `left`; drawn in the current marked content. Returns its width.
 */
export function writeRtlLine(
  pdf: Pdf,
  runs: readonly FaceRun[],
  at: { readonly right: number } | { readonly left: number },
  y: number,
  style: RtlStyle,
): number {
  const parts = runs.map((run) => ({ ...run, group: 0 }));
  const [line] = layOut(pdf, parts, Number.POSITIVE_INFINITY, style.size);
  if (!line) return 0;
  const x = "right" in at ? at.right - line.width : at.left;
  drawLine(pdf, line, parts, x, y, style, () => undefined);
  return line.width;
}
