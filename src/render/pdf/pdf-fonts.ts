import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { deflateSync } from "node:zlib";
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

const parsed: Partial<Record<FontFace, Font>> = {};

/** The parts of a fontkit 2 TrueType font that the glyph fix below relies on. */
interface FontkitInternals {
  getGlyph(id: number, characters?: number[]): unknown;
  _cmapProcessor: { codePointsForGlyph(id: number): number[] };
}

/** A face, parsed on first use (a letter without italic text never parses the italic faces). */
export function pdfFont(face: FontFace): Font {
  let font = parsed[face];
  if (!font) {
    const require = createRequire(import.meta.url);
    font = create(
      readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${FONT_FACES[face]}`)),
    ) as Font;
    // fontkit caches each glyph with the characters it was first asked for. Embedding a
    // subset asks for the parts of composite glyphs (the "a" in "å") with no characters,
    // and a font shared across letters would keep that glyph without characters for ever:
    // in a later letter, readers could no longer map it back to text. A glyph asked for
    // without characters gets the ones the font's character map gives it.
    const internals = font as unknown as FontkitInternals;
    const getGlyph = internals.getGlyph.bind(font);
    internals.getGlyph = (id, characters = []) =>
      getGlyph(
        id,
        characters.length > 0 ? characters : internals._cmapProcessor.codePointsForGlyph(id),
      );
    parsed[face] = font;
  }
  return font;
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
 * Switches the document to a face; a face is registered with the document on its first use.
 * Then two of pdfkit's per-document caches are also shared across documents (see below): most
 * of a letter's time otherwise goes to shaping the same words and encoding the same subset.
 */
export function useFace(pdf: PDFKit.PDFDocument, face: FontFace): void {
  let faces = registered.get(pdf);
  if (!faces) {
    faces = new Set();
    registered.set(pdf, faces);
  }
  if (!faces.has(face)) {
    pdf.registerFont(face, pdfFont(face) as unknown as string);
    faces.add(face);
  }
  pdf.font(face);
  const font = (pdf as unknown as { _font?: EmbeddedFontInternals })._font;
  if (!font?.layoutCache || font.layoutCache === layoutCaches[face]) return;
  // A cached layout is glyph ids and positions only, the same in every document. Words that
  // recur stay; a batch's many names and addresses must not make the memory grow.
  if (Object.keys(layoutCaches[face]).length > MAX_CACHED_WORDS)
    layoutCaches[face] = Object.create(null);
  font.layoutCache = layoutCaches[face];
  shareSubset(font, face);
}

const MAX_CACHED_WORDS = 2000;

const registered = new WeakMap<PDFKit.PDFDocument, Set<FontFace>>();

/** The parts of pdfkit's EmbeddedFont (0.20) that the sharing relies on. */
interface EmbeddedFontInternals {
  layoutCache?: LayoutCache;
  document: { ref(data?: object): PdfReferenceInternals };
  embed(): void;
  scale: number;
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
  font: Font;
  subset: { glyphs: number[]; includeGlyph(id: number): number; encode(): Uint8Array };
}

/** The parts of pdfkit's PDFReference (0.20) that the font file cache relies on. */
interface PdfReferenceInternals {
  compress: boolean;
  data: Record<string, unknown>;
  write(chunk: Uint8Array): void;
  end(chunk?: Uint8Array): void;
  finalize(): void;
}

// Characters nearly every letter uses; they get glyph ids in this fixed order in every document.
const COMMON =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—‘’“”…•€éëèêïíóöüáàäç";
const subsetCaches: Record<FontFace, Map<string, Uint8Array>> = {
  regular: new Map(),
  bold: new Map(),
  italic: new Map(),
  boldItalic: new Map(),
};
const MAX_CACHED_SUBSETS = 64;

/**
 * Embedding a font subset (the glyphs a letter uses, encoded as a new TrueType file) costs a
 * fifth of a letter's time, and most letters use the same glyphs. So every document starts its
 * subsets with the same common glyphs in the same order, which makes the subsets of most
 * letters identical, and an encoded subset is reused for the next document with the same glyph
 * list. Output stays reproducible: the same glyph list always gives the same bytes.
 */
function shareSubset(font: EmbeddedFontInternals, face: FontFace): void {
  for (const char of COMMON) {
    const glyph = font.font.glyphForCodePoint(char.codePointAt(0)!);
    const gid = font.subset.includeGlyph(glyph.id);
    font.widths[gid] ??= glyph.advanceWidth * font.scale;
    font.unicode[gid] ??= glyph.codePoints;
  }
  const subset = font.subset;
  const encode = subset.encode.bind(subset);
  subset.encode = () => {
    // The key is taken before encoding: encode() itself adds the parts of composite glyphs.
    const key = subset.glyphs.join(",");
    const cache = subsetCaches[face];
    let bytes = cache.get(key);
    if (!bytes) {
      bytes = encode();
      if (cache.size >= MAX_CACHED_SUBSETS) cache.clear();
      cache.set(key, bytes);
    }
    return bytes;
  };
  shareCompressedFontFile(font);
}

// An encoded subset (the same object for every letter with the same glyphs, see above) and its
// compressed form: compressing the font files was a sixth of a letter's time.
const compressedFontFiles = new WeakMap<Uint8Array, Uint8Array>();

/**
 * pdfkit compresses every stream as it writes it. The font file is the first object that
 * pdfkit's embed() creates; for that one object the compressed bytes are taken from the cache,
 * with the same zlib call and the same dictionary as pdfkit's own, so the bytes are unchanged.
 */
function shareCompressedFontFile(font: EmbeddedFontInternals): void {
  const embed = font.embed.bind(font);
  font.embed = () => {
    const doc = font.document;
    const ref = doc.ref;
    doc.ref = (data?: object) => {
      doc.ref = ref;
      const fontFile = ref.call(doc, data);
      if (data !== undefined || !fontFile.compress) return fontFile;
      fontFile.compress = false;
      fontFile.end = (chunk?: Uint8Array) => {
        if (chunk === undefined) throw new Error("pdfkit wrote an empty font file");
        let compressed = compressedFontFiles.get(chunk);
        if (!compressed) {
          compressed = deflateSync(chunk);
          compressedFontFiles.set(chunk, compressed);
        }
        fontFile.write(compressed);
        fontFile.data.Filter = "FlateDecode";
        fontFile.finalize();
      };
      return fontFile;
    };
    try {
      embed();
    } finally {
      doc.ref = ref;
    }
  };
}
