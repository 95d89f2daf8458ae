import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { create, type Font } from "fontkit";

/**
 * DejaVu Sans: the standard PDF fonts cannot show "Ł" or "ś", DejaVu covers Latin, Greek,
 * Cyrillic, Arabic and Hebrew letters. Each face is parsed once per process and the parsed
 * font is handed to every document (pdfkit accepts a fontkit font object): parsing costs more
 * than laying out a whole letter.
 */
export const FONT_FACES = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
  boldItalic: "DejaVuSans-BoldOblique.ttf",
} as const;

export type FontFace = keyof typeof FONT_FACES;

let parsed: Record<FontFace, Font> | undefined;

export function pdfFonts(): Record<FontFace, Font> {
  if (!parsed) {
    const require = createRequire(import.meta.url);
    const load = (file: string) =>
      create(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`))) as Font;
    parsed = {
      regular: load(FONT_FACES.regular),
      bold: load(FONT_FACES.bold),
      italic: load(FONT_FACES.italic),
      boldItalic: load(FONT_FACES.boldItalic),
    };
  }
  return parsed;
}

export function faceFor(bold: boolean, italic: boolean): FontFace {
  if (bold && italic) return "boldItalic";
  if (bold) return "bold";
  return italic ? "italic" : "regular";
}

type LayoutCache = Record<string, unknown>;
const layoutCaches: Record<FontFace, LayoutCache> = {
  regular: Object.create(null),
  bold: Object.create(null),
  italic: Object.create(null),
  boldItalic: Object.create(null),
};

/**
 * Switches the document to a face, sharing one word-layout cache per face across documents.
 * pdfkit keeps that cache per document, so every letter would shape the same words again
 * (about half of a letter's time). A cached layout is glyph ids and positions only, the same
 * for every document; the per-document subset is built later, in encode().
 */
export function useFace(pdf: PDFKit.PDFDocument, face: FontFace): void {
  pdf.font(face);
  const font = (pdf as unknown as { _font?: { layoutCache?: LayoutCache } })._font;
  if (font?.layoutCache && font.layoutCache !== layoutCaches[face])
    font.layoutCache = layoutCaches[face];
}
