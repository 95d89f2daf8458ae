import { introducesNext, isFillInLine, type Keep } from "../document/break-rules.js";
import type { Block, Document, Run } from "../document/document.js";
import { linkGroups } from "../document/document-text.js";
import { letterWords } from "../document/letter-words.js";
import { blockDir } from "../document/own-language.js";
import { concatBytes } from "./bytes.js";
import { drawFragmentsWith, type FragmentOptions, PDFDocument } from "./fast/pdfkit.js";
import { type PngImageInternals, rememberLogo } from "./fast/pdfkit-images.js";
import { drawKeeping } from "./fast/pdfkit-lines.js";
import { logoScale } from "./page-layout.js";
import {
  type FontFace,
  faceFor,
  fallbackBaseline,
  type TextFace,
  useFace,
  useRightToLeftTwin,
} from "./pdf/pdf-fonts.js";
import { LAYOUT } from "./pdf/pdf-layout.js";
import {
  isLaidOut,
  rtlLineCount,
  type StyledPart,
  writeRtlLine,
  writeRtlParagraph,
} from "./pdf/pdf-rtl.js";
import { type FaceRun, faceRuns, mirror, visualPieces } from "./pdf/pdf-text.js";
import type { LayoutNotes } from "./renderer.js";

type Pdf = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

interface Box {
  readonly x: number;
  readonly width: number;
}

// Letters that read right to left (meta.dir "rtl"): laid out by ./pdf/pdf-rtl.ts.
const rightToLeft = new WeakSet<Pdf>();
// Where each letter's caller wants to hear what the layout found (see LayoutNotes).
const layoutNotes = new WeakMap<Pdf, LayoutNotes>();

/**
 * A4 letter as a tagged PDF: a structure tree of headings, paragraphs, lists and links in
 * reading order, the running header and footer marked as artifacts, fonts embedded, language
 * nl-BE, and the title shown in the viewer. The date comes from the letter, so the same input
 * gives the same bytes.
 */
export async function renderPdf(doc: Document, notes?: LayoutNotes): Promise<Uint8Array> {
  const { meta } = doc;
  const pdf = new PDFDocument({
    size: "A4",
    margins: LAYOUT.margins,
    bufferPages: true,
    pdfVersion: "1.4",
    // PDF/A-1b for the archive; a centre whose own software refuses it turns it off (pdfA: false).
    ...(meta.pdfA ? { subset: "PDF/A-1b" as const } : {}),
    tagged: true,
    lang: meta.lang,
    displayTitle: true,
    // No default font: pdfkit would parse Helvetica's metrics for every letter, unused.
    font: null as unknown as string,
    info: {
      Title: meta.title,
      Author: meta.centreName,
      Subject: meta.subject,
      Keywords: meta.keywords.join(", "),
      Creator: "clb-consent",
      Producer: "clb-consent",
      // In the constructor, not later: pdfkit derives the file ID from these values.
      CreationDate: new Date(`${meta.date}T00:00:00Z`),
    },
  });
  const chunks: Uint8Array[] = [];
  pdf.on("data", (chunk: Uint8Array) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on("end", () => resolve());
    pdf.on("error", reject);
  });

  if (meta.dir === "rtl") rightToLeft.add(pdf);
  if (notes) layoutNotes.set(pdf, notes);
  const root = pdf.struct("Document");
  pdf.addStructure(root);
  const box: Box = {
    x: LAYOUT.margins.left,
    width: pdf.page.width - LAYOUT.margins.left - LAYOUT.margins.right,
  };
  if (meta.logo) drawLogo(pdf, root, doc);
  writeBlocks(pdf, root, doc.blocks, box);
  root.end();
  drawPageFurniture(pdf, doc);
  pdf.end();
  await finished;
  return concatBytes(chunks);
}

function drawLogo(pdf: Pdf, root: Struct, doc: Document): void {
  const logo = doc.meta.logo!;
  const scale = logoScale(logo.width, logo.height);
  const width = logo.width * scale;
  // Top right, or top left in a right-to-left letter (mirrored, as its header is).
  const x = rightToLeft.has(pdf)
    ? LAYOUT.margins.left
    : pdf.page.width - LAYOUT.margins.right - width;
  const figure = pdf.struct("Figure", { alt: letterWords(doc.meta).logoOf(doc.meta.centreName) });
  root.add(figure);
  figure.add(() => {
    pdf.image(logoImage(pdf, logo.data), x, LAYOUT.logo.y, { width, height: logo.height * scale });
  });
  figure.end();
  pdf.x = LAYOUT.margins.left;
  pdf.y = LAYOUT.margins.top;
}

/**
 * Blocks in order, each heading and each paragraph that introduces the next block kept with
 * what follows it (see keepWithNext, keepIntroWithNext).
 */
function writeBlocks(pdf: Pdf, parent: Struct, blocks: readonly Block[], box: Box): void {
  blocks.forEach((block, index) => {
    if (block.type === "heading" && block.newPage) startSecondLayer(pdf);
    if (block.type === "heading") keepWithNext(pdf, blocks, index, box);
    else if (introducesNext(block)) keepIntroWithNext(pdf, blocks, index, box);
    writeBlock(pdf, parent, block, box);
  });
}

/**
 * The second layer starts on a page of its own; the pages before it hold the first layer, which
 * belongs on page 1 alone (a long name or address can push it further: the caller is told).
 */
function startSecondLayer(pdf: Pdf): void {
  const pages = pdf.bufferedPageRange().count;
  const atTop = pdf.y <= LAYOUT.margins.top + 1;
  const notes = layoutNotes.get(pdf);
  if (notes) notes.firstLayerPages = atTop ? pages - 1 : pages;
  if (!atTop) pdf.addPage();
}

/** Moves a paragraph ending in a colon to the next page unless the lead of what follows fits. */
function keepIntroWithNext(pdf: Pdf, blocks: readonly Block[], index: number, box: Box): void {
  const next = blocks[index + 1];
  if (!next) return;
  const needed = blockHeight(pdf, blocks[index]!, box) + leadHeight(pdf, next, box);
  // Longer than a page together: pdfkit breaks where it must.
  if (needed <= pdf.page.height - LAYOUT.margins.top - LAYOUT.margins.bottom)
    ensureSpace(pdf, needed);
}

function writeBlock(pdf: Pdf, parent: Struct, block: Block, box: Box): void {
  switch (block.type) {
    case "heading": {
      const style = LAYOUT.headings[block.level];
      if (pdf.y > LAYOUT.margins.top + 1) pdf.y += style.before;
      const heading = pdf.struct(`H${block.level}`);
      parent.add(heading);
      writeRuns(
        pdf,
        heading,
        block.runs,
        box,
        { size: style.size, color: LAYOUT.colors.heading, bold: true },
        laidOutRightToLeft(pdf, block),
      );
      heading.end();
      pdf.y += style.after;
      return;
    }
    case "paragraph": {
      const fillIn = isFillInLine(block);
      if (fillIn && pdf.y > LAYOUT.margins.top + 1) pdf.y += LAYOUT.signature.room;
      const rtl = laidOutRightToLeft(pdf, block);
      const restore = breakWithoutWidows(pdf, block.runs, box, rtl);
      // A paragraph in a language of its own says so to screen readers (/Lang on its element).
      const paragraph = pdf.struct("P", block.lang === undefined ? {} : { lang: block.lang });
      parent.add(paragraph);
      writeRuns(
        pdf,
        paragraph,
        block.runs,
        box,
        { size: LAYOUT.body.size, color: LAYOUT.colors.text, bold: false },
        rtl,
      );
      paragraph.end();
      restore();
      pdf.y += LAYOUT.body.paragraphGap;
      return;
    }
    case "list": {
      const list = pdf.struct("L");
      parent.add(list);
      const inner = listBody(pdf, box);
      block.items.forEach((item, index) => {
        const marker = block.ordered ? `${block.start + index}.` : "•";
        const entry = pdf.struct("LI");
        list.add(entry);
        // The marker goes where the item's first lines go (see breakWithoutWidows).
        const first = item.blocks[0];
        ensureSpace(pdf, first ? leadHeight(pdf, first, inner) : bodyStep(pdf));
        const top = pdf.y;
        const label = pdf.struct("Lbl");
        entry.add(label);
        label.add(() => {
          useFace(pdf, "regular");
          pdf.fontSize(LAYOUT.body.size).fillColor(LAYOUT.colors.text);
          // Right to left: the marker in the indent on the right, its last character nearest
          // the text ("1." reads as in Arabic lists).
          if (rightToLeft.has(pdf)) {
            const style = { size: LAYOUT.body.size, color: LAYOUT.colors.text };
            const right = box.x + box.width - LAYOUT.list.indent / 4;
            writeRtlLine(pdf, faceRuns(marker, "regular"), { right }, top, style);
          } else pdf.text(marker, box.x, top, { width: LAYOUT.list.indent, lineBreak: false });
        });
        label.end();
        pdf.y = top;
        const body = pdf.struct("LBody");
        entry.add(body);
        writeBlocks(pdf, body, item.blocks, inner);
        body.end();
        entry.end();
        pdf.y -= LAYOUT.body.paragraphGap - LAYOUT.body.listItemGap;
      });
      list.end();
      pdf.y += LAYOUT.body.paragraphGap - LAYOUT.body.listItemGap;
      return;
    }
  }
}

/**
 * Whether a block is laid out right to left: in a right-to-left letter, unless it is a
 * paragraph of a left-to-right language of its own (a translation's Dutch notice line), which
 * is then laid out as in a Dutch letter, from the left margin.
 */
function laidOutRightToLeft(pdf: Pdf, block: Block): boolean {
  return rightToLeft.has(pdf) && blockDir(block, "rtl") === "rtl";
}

/** The box of a list's items: indented from the left, or from the right right to left. */
function listBody(pdf: Pdf, box: Box): Box {
  const width = box.width - LAYOUT.list.indent;
  return rightToLeft.has(pdf) ? { x: box.x, width } : { x: box.x + LAYOUT.list.indent, width };
}

function ensureSpace(pdf: Pdf, needed: number): void {
  if (pdf.y + needed > pdf.page.height - LAYOUT.margins.bottom) pdf.addPage();
}

/** The distance from one body line to the next. */
function bodyStep(pdf: Pdf): number {
  useFace(pdf, "regular");
  pdf.fontSize(LAYOUT.body.size);
  return pdf.currentLineHeight(true) + LAYOUT.body.lineGap;
}

// Line counts per letter, by width and text: the page-break rules ask for a paragraph's count
// up to four times (the signature section's height, a heading's lead, widows), and each
// measurement wraps the whole paragraph.
const lineCounts = new WeakMap<Pdf, Map<string, number>>();

/** How many lines a paragraph takes at the box's width (measured in the regular face). */
function lineCount(pdf: Pdf, runs: readonly Run[], box: Box, rtl: boolean): number {
  const step = bodyStep(pdf);
  const text = runs.map((run) => run.text).join("");
  let counts = lineCounts.get(pdf);
  if (counts === undefined) {
    counts = new Map();
    lineCounts.set(pdf, counts);
  }
  const key = `${rtl ? "rtl" : "ltr"}\u0000${box.width}\u0000${text}`;
  const known = counts.get(key);
  if (known !== undefined) return known;
  const count = rtl
    ? rtlLineCount(pdf, styledParts(runs, { bold: false }), box.width, LAYOUT.body.size)
    : Math.max(
        1,
        Math.round(
          pdf.heightOfString(text, { width: box.width, lineGap: LAYOUT.body.lineGap }) / step,
        ),
      );
  counts.set(key, count);
  return count;
}

/**
 * The height a block needs at the top of its page: a paragraph of up to three lines whole
 * (it is never split), else its first two lines; a list its first item's lead, and the next
 * item's first line after a one-line item (a heading keeps two lines of what follows).
 */
function leadHeight(pdf: Pdf, block: Block, box: Box): number {
  const step = bodyStep(pdf);
  switch (block.type) {
    case "heading":
      return blockHeight(pdf, block, box);
    case "paragraph": {
      const lines = lineCount(pdf, block.runs, box, laidOutRightToLeft(pdf, block));
      const room = isFillInLine(block) ? LAYOUT.signature.room : 0;
      return room + (lines <= 3 ? lines : 2) * step;
    }
    case "list": {
      const inner = listBody(pdf, box);
      const [first, second] = block.items;
      const head = first?.blocks[0];
      if (!head) return step;
      const lead = leadHeight(pdf, head, inner);
      const next = second?.blocks[0];
      if (lead >= 2 * step || !next) return lead;
      return lead + LAYOUT.body.listItemGap + step;
    }
  }
}

/** The whole height of a block, as writeBlock lays it out (approximately: one face). */
function blockHeight(pdf: Pdf, block: Block, box: Box): number {
  switch (block.type) {
    case "heading": {
      const style = LAYOUT.headings[block.level];
      useFace(pdf, "bold");
      pdf.fontSize(style.size);
      const text = block.runs.map((run) => run.text).join("");
      return style.before + pdf.heightOfString(text, { width: box.width }) + style.after;
    }
    case "paragraph": {
      const room = isFillInLine(block) ? LAYOUT.signature.room : 0;
      const lines = lineCount(pdf, block.runs, box, laidOutRightToLeft(pdf, block));
      return room + lines * bodyStep(pdf) + LAYOUT.body.paragraphGap;
    }
    case "list": {
      const inner = listBody(pdf, box);
      return block.items.reduce(
        (sum, item) =>
          sum +
          item.blocks.reduce((h, child) => h + blockHeight(pdf, child, inner), 0) -
          (LAYOUT.body.paragraphGap - LAYOUT.body.listItemGap),
        LAYOUT.body.paragraphGap - LAYOUT.body.listItemGap,
      );
    }
  }
}

/**
 * Moves a heading to the next page unless at least the lead of what follows fits under it. A
 * section with lines to fill in (the signature block) stays on one page, whole.
 */
function keepWithNext(pdf: Pdf, blocks: readonly Block[], index: number, box: Box): void {
  const heading = blocks[index]!;
  if (heading.type !== "heading") return;
  const own = blockHeight(pdf, heading, box);
  let end = index + 1;
  while (end < blocks.length) {
    const block = blocks[end]!;
    if (block.type === "heading" && block.level <= heading.level) break;
    end += 1;
  }
  const section = blocks.slice(index + 1, end);
  const pageRoom = pdf.page.height - LAYOUT.margins.top - LAYOUT.margins.bottom;
  if (section.some(isFillInLine)) {
    const whole = section.reduce((sum, block) => sum + blockHeight(pdf, block, box), own);
    if (whole <= pageRoom) {
      ensureSpace(pdf, whole);
      return;
    }
  }
  const next = blocks[index + 1];
  ensureSpace(pdf, own + (next ? leadHeight(pdf, next, box) : 0));
}

/**
 * Widows and orphans: a paragraph of up to three lines is never split; a longer one leaves at
 * least two lines on each page. Where it must break earlier than pdfkit would, the page's
 * bottom margin is raised while the paragraph is written (pdfkit reads it when it starts the
 * paragraph); the returned function puts it back.
 */
function breakWithoutWidows(pdf: Pdf, runs: readonly Run[], box: Box, rtl: boolean): () => void {
  const lines = lineCount(pdf, runs, box, rtl);
  const step = bodyStep(pdf);
  const lineHeight = pdf.currentLineHeight(true);
  const maxY = pdf.page.height - pdf.page.margins.bottom;
  const fit = maxY - pdf.y < lineHeight ? 0 : Math.floor((maxY - pdf.y - lineHeight) / step) + 1;
  if (lines <= fit) return () => {};
  if (lines <= 3 || fit < 2) {
    pdf.addPage();
    return () => {};
  }
  const first = lines - fit < 2 ? lines - 2 : fit;
  const page = pdf.page;
  const bottom = page.margins.bottom;
  const y = pdf.y + (first - 1) * step + lineHeight + step / 2;
  page.margins.bottom = page.height - y;
  return () => {
    page.margins.bottom = bottom;
  };
}

interface TextStyle {
  readonly size: number;
  readonly color: string;
  readonly bold: boolean;
}

/** The runs as drawn: each link followed by its address where the link rule asks for it. */
function pieces(runs: readonly Run[]): { runs: readonly Run[]; href?: string }[] {
  return linkGroups(runs).flatMap((group) => {
    const { address, ...drawn } = group;
    return address === undefined
      ? [drawn]
      : [
          drawn,
          {
            runs: [
              { text: " (", bold: false, italic: false },
              { text: address, bold: false, italic: false, keep: "url" },
              { text: ")", bold: false, italic: false },
            ],
          },
        ];
  });
}

/** The runs as drawn (see pieces), each split where a character needs another font. */
function styledParts(runs: readonly Run[], style: Pick<TextStyle, "bold">): StyledPart[] {
  return pieces(runs).flatMap((group, index) =>
    group.runs.flatMap((run) =>
      faceRuns(run.text, faceFor(style.bold || run.bold, run.italic)).map((part) => ({
        ...part,
        group: index,
        ...(run.keep ? { keep: run.keep } : {}),
        ...(group.href === undefined ? {} : { href: group.href }),
      })),
    ),
  );
}

function writeRuns(
  pdf: Pdf,
  parent: Struct,
  runs: readonly Run[],
  box: Box,
  style: TextStyle,
  /** Laid out right to left (laidOutRightToLeft), else as pdfkit lays out a Dutch line. */
  rtl: boolean,
): void {
  if (rtl) {
    writeRtlParagraph(pdf, parent, styledParts(runs, style), box, {
      ...style,
      face: faceFor(style.bold, false),
    });
    return;
  }
  // Each run split further where a character needs another font (a Chinese name, an emoji).
  const groups = pieces(runs).map((group) => ({
    href: group.href,
    parts: group.runs.flatMap((run) =>
      faceRuns(run.text, faceFor(style.bold || run.bold, run.italic)).map((part) => ({
        ...part,
        keep: run.keep,
      })),
    ),
  }));
  const total = groups.reduce((n, g) => n + g.parts.length, 0);
  let written = 0;
  let first = true;
  const write = (
    text: string,
    face: FontFace,
    href: string | undefined,
    keep: Keep | undefined,
  ) => {
    written += 1;
    useFace(pdf, face);
    pdf.fontSize(style.size);
    pdf.fillColor(href ? LAYOUT.colors.link : style.color);
    const options: PDFKit.Mixins.TextOptions = {
      continued: written < total,
      lineGap: LAYOUT.body.lineGap,
      ...(href ? { link: href, underline: true } : { link: null, underline: false }),
    };
    // A phone number or web address breaks only where the rules allow (see break-rules.ts).
    drawKeeping(pdf, keep, () => {
      if (first) pdf.text(text, box.x, pdf.y, { ...options, width: box.width });
      else pdf.text(text, options);
    });
    first = false;
  };
  for (const group of groups) {
    if (group.href === undefined) {
      parent.add(() => {
        for (const part of group.parts) write(part.text, part.face, undefined, part.keep);
      });
      continue;
    }
    const link = pdf.struct("Link");
    parent.add(link);
    link.add(() => {
      for (const part of group.parts) write(part.text, part.face, group.href, part.keep);
    });
    link.end();
  }
}

/**
 * A line of text split into its fonts, cut short with "…" when it is wider than `width` at the
 * current font size. pdfkit's own ellipsis works on one run of text only.
 */
function fitLine(pdf: Pdf, text: string, face: TextFace, width: number): FaceRun[] {
  const measure = (parts: readonly FaceRun[]) =>
    parts.reduce((sum, part) => {
      useFace(pdf, part.face);
      return sum + pdf.widthOfString(part.text);
    }, 0);
  let parts = faceRuns(text, face);
  if (measure(parts) <= width) return parts;
  const characters = [...new Intl.Segmenter("und", { granularity: "grapheme" }).segment(text)].map(
    (s) => s.segment,
  );
  while (characters.length > 0 && measure(parts) > width) {
    characters.pop();
    parts = faceRuns(`${characters.join("").trimEnd()}…`, face);
  }
  return parts;
}

/** One line of text from fitLine, at (x, y). */
function writeLine(pdf: Pdf, parts: readonly FaceRun[], x: number, y: number, width: number): void {
  parts.forEach((part, index) => {
    useFace(pdf, part.face);
    // A height of one line: pdfkit wraps any text given a width.
    const options = {
      width,
      height: pdf.currentLineHeight(true) * 1.5,
      continued: index < parts.length - 1,
    };
    if (index === 0) pdf.text(part.text, x, y, options);
    else pdf.text(part.text, options);
  });
}

/**
 * pdfkit draws a line's text in the order it was typed. A line with Arabic or Hebrew in it is
 * drawn piece by piece in the order of the bidirectional algorithm instead, so a right-to-left
 * name reads right to left inside a Dutch sentence. Text in a fallback font is put on the
 * baseline of the text around it. `fragment` is pdfkit's own method (see ./fast/pdfkit.ts).
 */
drawFragmentsWith(function drawInReadingOrder(
  this: Pdf,
  fragment: (this: Pdf, text: string, x: number, y: number, options: FragmentOptions) => void,
  text: string,
  x: number,
  y: number,
  given: FragmentOptions,
) {
  const baseline = fallbackBaseline(this);
  const options = baseline === undefined ? given : { ...given, baseline };
  // A piece of a right-to-left letter's line, placed and ordered already (./pdf/pdf-rtl.ts).
  if (isLaidOut(this)) {
    fragment.call(this, text, x, y, options);
    return;
  }
  const ordered = visualPieces(text);
  if (ordered.length === 1 && !ordered[0]!.rightToLeft) {
    fragment.call(this, text, x, y, options);
    return;
  }
  const { textWidth: _width, wordCount: _count, ...rest } = options;
  let left = x;
  for (const piece of ordered) {
    // With features given, pdfkit lays the text out as one run instead of word by word, and
    // fontkit then reverses the whole run, spaces included.
    const width = this.widthOfString(piece.text, rest);
    const restore = piece.inRightToLeft ? useRightToLeftTwin(this, mirror) : undefined;
    const pieceOptions = piece.rightToLeft ? { ...rest, features: [] } : rest;
    fragment.call(this, piece.text, left, y, pieceOptions);
    restore?.();
    left += width;
  }
});

/** A logo as pdfkit's image for one document (a PNG's pixels are prepared once per logo). */
function logoImage(pdf: Pdf, data: Uint8Array): PDFKit.Mixins.ImageSrc {
  const image = (pdf as unknown as { openImage(src: Uint8Array): PngImageInternals }).openImage(
    new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  );
  // A JPEG has no pixels to prepare.
  if (typeof image.splitAlphaChannel === "function") rememberLogo(image, data);
  return image as unknown as PDFKit.Mixins.ImageSrc;
}

/** Header (centre name) and footer (page X of Y, version and date) on every page, as artifacts. */
function drawPageFurniture(pdf: Pdf, doc: Document): void {
  const range = pdf.bufferedPageRange();
  const words = letterWords(doc.meta);
  const left = LAYOUT.margins.left;
  // The header line as it fits, by the room it has (less on the first page, beside the logo).
  const headers = new Map<number, FaceRun[]>();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    pdf.switchToPage(index);
    const width = pdf.page.width - left - LAYOUT.margins.right;
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing in the margin must not start a new page
    pdf.markContent("Artifact", { type: "Pagination" });
    pdf.fontSize(LAYOUT.header.size).fillColor(LAYOUT.colors.muted);
    const logoRoom = index === 0 && doc.meta.logo ? LAYOUT.logo.maxWidth + 12 : 0;
    const room = width - logoRoom;
    let header = headers.get(room);
    if (!header) {
      header = fitLine(pdf, doc.meta.centreName, "bold", room);
      headers.set(room, header);
    }
    const rtl = rightToLeft.has(pdf);
    const muted = { size: LAYOUT.header.size, color: LAYOUT.colors.muted };
    // Right to left, the page is mirrored: the name on the right, the logo on the left.
    if (rtl) writeRtlLine(pdf, header, { right: left + width }, LAYOUT.header.y, muted);
    else writeLine(pdf, header, left, LAYOUT.header.y, room);
    pdf
      .moveTo(left, LAYOUT.header.ruleY)
      .lineTo(left + width, LAYOUT.header.ruleY)
      .lineWidth(0.5)
      .strokeColor(LAYOUT.colors.rule)
      .stroke();
    const footerY = pdf.page.height - LAYOUT.footer.fromBottom;
    useFace(pdf, "regular");
    pdf.fontSize(LAYOUT.footer.size).fillColor(LAYOUT.colors.muted);
    const versionLine = words.versionLine(doc.meta.version, doc.meta.dateText);
    const pageLine = `${words.page.before}${index + 1 - range.start}${words.page.between}${range.count}`;
    if (rtl) {
      const footer = { size: LAYOUT.footer.size, color: LAYOUT.colors.muted };
      const right = { right: left + width };
      writeRtlLine(pdf, faceRuns(versionLine, "regular"), right, footerY, footer);
      writeRtlLine(pdf, faceRuns(pageLine, "regular"), { left }, footerY, footer);
    } else {
      pdf.text(versionLine, left, footerY, { width, lineBreak: false });
      pdf.text(pageLine, left, footerY, { width, align: "right", lineBreak: false });
    }
    pdf.endMarkedContent();
    pdf.page.margins.bottom = bottom;
  }
}
