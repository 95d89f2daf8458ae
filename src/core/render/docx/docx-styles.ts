import {
  AlignmentType,
  BorderStyle,
  type INumberingOptions,
  type IStylesOptions,
  LevelFormat,
  LineRuleType,
} from "docx";
import type { LetterMeta } from "../../document/document.js";
import { PAGE_LAYOUT } from "../page-layout.js";

/** Word measures in twentieths of a point (twips); sizes of runs in half-points. */
export const pt = (points: number) => Math.round(points * 20);

/** The same page as the PDF (see ../page-layout.ts); A4 in twips, as Word rounds it. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: {
    top: pt(PAGE_LAYOUT.margins.top),
    bottom: pt(PAGE_LAYOUT.margins.bottom),
    left: pt(PAGE_LAYOUT.margins.left),
    right: pt(PAGE_LAYOUT.margins.right),
    header: pt(32),
    footer: pt(34),
  },
} as const;

export const FONT = "Calibri";
/**
 * The font of complex-script text (Arabic) in a right-to-left letter: Calibri has no Arabic.
 * Arial has it in Word on Windows and macOS; LibreOffice, which has no Arial, shows its
 * stand-in (Liberation Sans) and takes Arabic from a font that has it (DejaVu Sans on Debian).
 */
export const COMPLEX_SCRIPT_FONT = "Arial";
/** Word writes colours as hex without "#". */
const wordColor = (hex: string) => hex.slice(1).toUpperCase();
const COLORS = {
  heading: wordColor(PAGE_LAYOUT.colors.heading),
  muted: wordColor(PAGE_LAYOUT.colors.muted),
  link: wordColor(PAGE_LAYOUT.colors.link),
  rule: wordColor(PAGE_LAYOUT.colors.rule),
} as const;

/**
 * The rule under the running header, as the PDF draws it: the header reads as a band of its
 * own, with or without a logo, instead of leaving empty room above the title. `space` is the
 * distance from the header's text (points, Word's maximum is 31): the PDF's rule lies about
 * 14 points under the centre's name; a logo is taller than the name, so the rule then follows
 * it closely and the body keeps its place.
 */
export function headerRule(withLogo: boolean) {
  return {
    bottom: { style: BorderStyle.SINGLE, size: 6, color: COLORS.rule, space: withLogo ? 2 : 14 },
  } as const;
}

/**
 * Real Word styles: Title for the letter's title, Heading 1 and 2 for the sections, so the
 * navigation pane, a table of contents and accessibility checkers work. The language is set
 * once, in the document defaults, from the letter's meta (nl-BE, fr-BE, ar...), so every run is
 * spell-checked in the letter's language. A right-to-left letter also names its language for
 * complex script (w:lang w:bidi, the language Word gives Arabic text) and a font for it.
 */
export function docxStyles(meta: Pick<LetterMeta, "lang" | "dir">): IStylesOptions {
  const rightToLeft = meta.dir === "rtl";
  // A font named as one string is every script's font, Arabic's (w:cs) included.
  const font = rightToLeft
    ? { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: COMPLEX_SCRIPT_FONT }
    : FONT;
  const language = rightToLeft
    ? { value: meta.lang, bidirectional: meta.lang }
    : { value: meta.lang };
  return {
    default: {
      document: {
        run: { font, size: 21, language },
        // 1.15 lines, proportional: without an explicit "auto" rule LibreOffice reads 276 as an
        // exact height, and a title over two lines or a logo is drawn over or cut off.
        paragraph: {
          spacing: { after: pt(6), line: 276, lineRule: LineRuleType.AUTO },
        },
      },
      title: {
        run: { font, size: 36, bold: true, color: COLORS.heading },
        paragraph: {
          spacing: { after: pt(10), line: 276, lineRule: LineRuleType.AUTO },
          keepNext: true,
          keepLines: true,
        },
      },
      heading1: {
        run: { font, size: 26, bold: true, color: COLORS.heading },
        paragraph: { spacing: { before: pt(12), after: pt(6) }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font, size: 22, bold: true, color: COLORS.heading },
        paragraph: { spacing: { before: pt(8), after: pt(4) }, keepNext: true, keepLines: true },
      },
      hyperlink: { run: { color: COLORS.link, underline: { type: "single" } } },
    },
    paragraphStyles: [
      {
        id: "PageFurniture",
        name: "Page Furniture",
        basedOn: "Normal",
        run: { size: 17, color: COLORS.muted },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        // A line of the signature block: room above it to write by hand, and kept on the page
        // of the lines after it (the block is never split over two pages).
        id: "FillIn",
        name: "Fill In",
        basedOn: "Normal",
        next: "Normal",
        paragraph: { spacing: { before: pt(18) }, keepNext: true, keepLines: true },
      },
    ],
  };
}

const indent = (level: number) => ({ left: pt(18 * (level + 1)), hanging: pt(18) });

/**
 * Bullet and numbered lists as real Word numbering definitions. Right to left, a number is
 * aligned on its right (LibreOffice reads "left" as the page's left, and a bullet would stand
 * out into the right margin).
 */
export function docxNumbering(dir: LetterMeta["dir"]): INumberingOptions {
  const alignment = dir === "rtl" ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return {
    config: [
      {
        reference: "bullets",
        levels: [0, 1, 2].map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: ["•", "◦", "▪"][level]!,
          alignment,
          style: { paragraph: { indent: indent(level) } },
        })),
      },
      {
        reference: "numbered",
        levels: [0, 1, 2].map((level) => ({
          level,
          format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level]!,
          text: `%${level + 1}.`,
          alignment,
          style: { paragraph: { indent: indent(level) } },
        })),
      },
    ],
  };
}
