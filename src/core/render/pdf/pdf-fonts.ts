import type { Font } from "fontkit";
import { openFont } from "../fast/fontkit.js";
import {
  type EmbeddedFontInternals,
  mapInDrawingOrder,
  shareAcrossDocuments,
  sharesAcrossDocuments,
} from "../fast/pdfkit-fonts.js";

/**
 * DejaVu Sans: the standard PDF fonts cannot show "Ł" or "ś", DejaVu covers Latin, Greek,
 * Cyrillic, Armenian, Georgian, Hebrew and most Arabic letters. Each face is parsed once per
 * process and the parsed font is handed to every document (pdfkit accepts a fontkit font
 * object): parsing costs more than laying out a whole letter.
 */
export const FONT_FACES = {
  regular: "dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
  bold: "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
  italic: "dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf",
  boldItalic: "dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf",
} as const;

/**
 * An Arabic letter's text is shaped in DejaVu too, not in Noto Sans Arabic: DejaVu joins Arabic
 * letters with a glyph of its own for each letter's form (U+FE91 and so on), so every glyph maps
 * back to one letter and a reader extracts the text. Noto Sans Arabic draws a letter as a
 * dotless base and its dots, one base for several letters (ب ت ث ن ي): the PDF's map from glyphs
 * to text (ToUnicode, one text per glyph) then gives wrong letters (tried: "مركز" read back as
 * "مزكز").
 *
 * Noto fonts for what DejaVu lacks, tried in this order for a character no DejaVu face has:
 * Arabic letters of Urdu or Pashto, Ethiopic for Tigrinya and Amharic, Chinese characters and
 * Japanese kana, Korean Hangul, emoji (in one colour). Only the regular weight: these are names
 * and short values, and a fallback font is parsed only when a character needs it.
 */
export const FALLBACK_FACES = {
  arabic: "@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf",
  ethiopic: "@expo-google-fonts/noto-sans-ethiopic/400Regular/NotoSansEthiopic_400Regular.ttf",
  han: "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
  hangul: "@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf",
  emoji: "@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf",
} as const;

export type TextFace = keyof typeof FONT_FACES;
export type FallbackFace = keyof typeof FALLBACK_FACES;
export type FontFace = TextFace | FallbackFace;

const FONT_FILES: Record<FontFace, string> = { ...FONT_FACES, ...FALLBACK_FACES };

/** A face, parsed on first use (a letter without italic text never parses the italic faces). */
export function pdfFont(face: FontFace): Font {
  return openFont(FONT_FILES[face]);
}

export function faceFor(bold: boolean, italic: boolean): TextFace {
  if (bold && italic) return "boldItalic";
  if (bold) return "bold";
  return italic ? "italic" : "regular";
}

/**
 * Switches the document to a face; a face is registered with the document on its first use,
 * its subset started with the common glyphs (see COMMON), and given the caches its face shares
 * across documents (see ../fast/pdfkit-fonts.ts).
 */
export function useFace(pdf: PDFKit.PDFDocument, face: FontFace): void {
  registerOnce(pdf, face, () => pdfFont(face));
  pdf.font(face);
  const font = (pdf as unknown as { _font?: EmbeddedFontInternals })._font;
  if (!font || sharesAcrossDocuments(font)) return;
  faceOf.set(font, face);
  startWithCommonGlyphs(font, face);
  shareAcrossDocuments(font, face);
}

const faceOf = new WeakMap<object, FontFace>();

let textAscender: number | undefined;

/**
 * Where pdfkit must put the baseline of text in the current font, for the options of its
 * _fragment: a fallback font's text sits on DejaVu's baseline, not lower or higher by the
 * difference of their ascenders. Undefined for DejaVu itself.
 */
export function fallbackBaseline(pdf: PDFKit.PDFDocument): number | undefined {
  const internals = pdf as unknown as { _font?: object; _fontSize: number };
  const face = internals._font && faceOf.get(internals._font);
  if (face === undefined || face in FONT_FACES) return undefined;
  if (textAscender === undefined) {
    const regular = pdfFont("regular");
    textAscender = (regular.ascent / regular.unitsPerEm) * 1000;
  }
  return (-textAscender / 1000) * internals._fontSize;
}
const twins = new Map<FontFace, Font>();

/**
 * The parsed face under another PostScript name: pdfkit hands out the font it already has for
 * a font of the same name, and the twin must be embedded as a font of its own.
 */
function twinFont(face: FontFace): Font {
  let twin = twins.get(face);
  if (!twin) {
    const font = pdfFont(face);
    twin = Object.create(font, {
      postscriptName: { value: `${font.postscriptName}-RTL` },
    }) as Font;
    twins.set(face, twin);
  }
  return twin;
}

/**
 * Switches the document to the right-to-left twin of the current face, the same font embedded
 * a second time, and returns the function that switches back. Readers (pdf.js, Poppler) put a
 * right-to-left run back in reading order only when it is a text item of its own, and a change
 * of font ends an item. In the twin, a glyph that stands for several characters (the lam-alef
 * ligature) maps to them in drawing order, so a reader that reverses the run gets them right,
 * and a bracket drawn mirrored maps to the bracket that was typed.
 */
export function useRightToLeftTwin(
  pdf: PDFKit.PDFDocument,
  mirror: (char: string) => string,
): () => void {
  const internals = pdf as unknown as { _font?: EmbeddedFontInternals };
  const current = internals._font;
  const face = current && faceOf.get(current);
  if (!face) return () => {};
  const twin = `${face}:rtl`;
  if (registerOnce(pdf, twin, () => twinFont(face))) {
    pdf.font(twin);
    mapInDrawingOrder(internals._font!, mirror);
  }
  pdf.font(twin);
  faceOf.set(internals._font!, face);
  return () => {
    internals._font = current;
  };
}

const registered = new WeakMap<PDFKit.PDFDocument, Set<string>>();

/** Registers a font with the document under a name, the first time only; true that time. */
function registerOnce(pdf: PDFKit.PDFDocument, name: string, font: () => Font): boolean {
  let names = registered.get(pdf);
  if (!names) {
    names = new Set();
    registered.set(pdf, names);
  }
  if (names.has(name)) return false;
  pdf.registerFont(name, font() as unknown as string);
  names.add(name);
  return true;
}

// Characters nearly every letter uses; they get glyph ids in this fixed order in every document.
const COMMON =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—‘’“”…•€éëèêïíóöüáàäç";

/**
 * Every document starts its subsets of the text faces with the same common glyphs in the same
 * order. That makes the subsets of most letters identical (so an encoded subset can be reused,
 * see ../fast/fontkit.ts) and the glyph ids of most lines the same in every letter (so an
 * encoded line can be). Output stays reproducible: it depends on the letter only.
 */
function startWithCommonGlyphs(font: EmbeddedFontInternals, face: FontFace): void {
  if (!(face in FONT_FACES)) return;
  for (const char of COMMON) {
    const glyph = font.font.glyphForCodePoint(char.codePointAt(0)!);
    const gid = font.subset.includeGlyph(glyph.id);
    font.widths[gid] ??= glyph.advanceWidth * font.scale;
    font.unicode[gid] ??= glyph.codePoints;
  }
}

const RIGHT_TO_LEFT_MARK = 0x200f;

/**
 * Draws an invisible RIGHT-TO-LEFT MARK at (x, y) (y: the top of the line, as pdfkit's text)
 * in the regular face: its own glyph, of no width, that maps to U+200F (see directionMarks in
 * ./rtl-lines.ts). Written directly: fontkit lays a default-ignorable character out as a space.
 */
export function drawRightToLeftMark(pdf: PDFKit.PDFDocument, x: number, y: number): void {
  useFace(pdf, "regular");
  const internals = pdf as unknown as {
    _font: EmbeddedFontInternals & { id: string; ref(): object; ascender: number };
    _fontSize: number;
    page: { height: number; fonts: Record<string, object> };
    addContent(data: string): void;
    save(): void;
    restore(): void;
    transform(...matrix: number[]): void;
  };
  const font = internals._font;
  const glyph = font.font.glyphForCodePoint(RIGHT_TO_LEFT_MARK);
  const gid = font.subset.includeGlyph(glyph.id);
  font.widths[gid] ??= 0;
  font.unicode[gid] ??= [RIGHT_TO_LEFT_MARK];
  internals.page.fonts[font.id] ??= font.ref();
  const size = internals._fontSize;
  const baseline = internals.page.height - y - (font.ascender / 1000) * size;
  const hex = `0000${gid.toString(16)}`.slice(-4);
  // As pdfkit draws text: in the page's own coordinates, y from the bottom.
  internals.save();
  internals.transform(1, 0, 0, -1, 0, internals.page.height);
  internals.addContent(
    `BT 1 0 0 1 ${x.toFixed(3)} ${baseline.toFixed(3)} Tm /${font.id} ${size} Tf <${hex}> Tj ET`,
  );
  internals.restore();
}
