import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { deflateSync } from "node:zlib";
import type { Font } from "fontkit";
import { replaceMethod, replaceOnClass } from "./fast-paths.js";
import { fontkit } from "./pdf-libraries.js";
import { CONTENT_DEFLATE_LEVEL, compressOnceWhenStreamed, endCompressed } from "./pdf-output.js";

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

// Resolves the font files in node_modules.
const require = createRequire(import.meta.url);

const parsed: Partial<Record<FontFace, Font>> = {};

/** The parts of a fontkit 2 TrueType font that the glyph fix and the post header rely on. */
interface FontkitInternals {
  getGlyph(id: number, characters?: number[]): unknown;
  _glyphs: Record<number, { codePoints: readonly number[] } | undefined>;
  _tables: Record<string, unknown>;
  _decodeTable(entry: object): Record<PropertyKey, unknown>;
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
}

/**
 * pdfkit reads two fields of a font's `post` table when it embeds the font (fixed pitch, italic
 * angle), and fontkit then decodes the whole table, with the names of all 6000 glyphs: 30-40 ms
 * of a one-centre `generate` (measured). The table's fixed-size header is read here instead; any
 * other field still comes from fontkit's own decoding, on first use.
 */
function readPostHeader(font: FontkitInternals, file: Uint8Array): void {
  const entry = font.directory.tables.post;
  if (!entry || entry.length < 32 || "post" in font._tables) return;
  const view = new DataView(file.buffer, file.byteOffset + entry.offset, 32);
  const fixed = (offset: number) => view.getInt32(offset) / 65536;
  const header: Record<PropertyKey, unknown> = {
    version: fixed(0),
    italicAngle: fixed(4),
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28),
  };
  let whole: Record<PropertyKey, unknown> | undefined;
  font._tables.post = new Proxy(header, {
    get: (target, key) => {
      if (key in target) return target[key];
      whole ??= font._decodeTable(entry);
      return whole[key];
    },
  });
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** A face, parsed on first use (a letter without italic text never parses the italic faces). */
export function pdfFont(face: FontFace): Font {
  let font = parsed[face];
  if (!font) {
    const file = readFileSync(require.resolve(FONT_FILES[face]));
    font = fontkit.create(file) as Font;
    readPostHeader(font as unknown as FontkitInternals, file);
    // fontkit caches each glyph with the characters it was first asked for, and a font is
    // shared across letters. Two things must not follow from that:
    // - Embedding a subset asks for the parts of composite glyphs (the "a" in "å", the initial
    //   form of an Arabic letter inside another) with no characters. Kept, such a glyph would
    //   have no characters, or the wrong ones, for ever, and readers could no longer map it
    //   back to text. It is not kept: the next letter that shows it asks again, with its
    //   characters.
    // - One glyph can stand for other characters: the "fi" ligature is drawn for "f" and "i",
    //   and for "ﬁ" typed as one character. The characters a letter maps it to must be its own,
    //   not those of whatever letter this process made first, or a letter's bytes would
    //   depend on the letters made before it (and on --jobs). Asked for with other characters,
    //   the glyph is handed out as a view of itself with those characters.
    const internals = font as unknown as FontkitInternals;
    const getGlyph = internals.getGlyph.bind(font);
    internals.getGlyph = (id, characters = []) => {
      const known = internals._glyphs[id];
      if (!known) {
        const glyph = getGlyph(id, characters);
        if (characters.length === 0) delete internals._glyphs[id];
        return glyph;
      }
      if (characters.length === 0 || sameNumbers(known.codePoints, characters)) return known;
      return Object.create(known, { codePoints: { value: characters, enumerable: true } });
    };
    parsed[face] = font;
  }
  return font;
}

export function faceFor(bold: boolean, italic: boolean): TextFace {
  if (bold && italic) return "boldItalic";
  if (bold) return "bold";
  return italic ? "italic" : "regular";
}

/** A word laid out by pdfkit: glyphs and positions, already scaled to 1000 units per em. */
interface LaidOut {
  readonly glyphs: readonly {
    readonly id: number;
    readonly advanceWidth: number;
    codePoints: number[];
  }[];
  readonly positions: readonly object[];
  readonly advanceWidth: number;
}

const SHARED_LAYOUTS = Symbol("layouts shared across documents");
const layoutCaches = new Map<FontFace, Map<string, LaidOut>>();
// Words that recur stay; a batch's many names and addresses must not make the memory grow.
const MAX_CACHED_WORDS = 2000;

/**
 * Switches the document to a face; a face is registered with the document on its first use.
 * Then two of pdfkit's per-document caches are also shared across documents (see below): most
 * of a letter's time otherwise goes to shaping the same words and encoding the same subset.
 */
export function useFace(pdf: PDFKit.PDFDocument, face: FontFace): void {
  registerOnce(pdf, face, () => pdfFont(face));
  pdf.font(face);
  const font = (pdf as unknown as { _font?: EmbeddedFontInternals })._font;
  if (!font || font[SHARED_LAYOUTS]) return;
  faceOf.set(font, face);
  fasterFontMethods(Object.getPrototypeOf(font) as EmbeddedFontInternals);
  // A cached layout is glyph ids and positions only, the same in every document.
  let shared = layoutCaches.get(face);
  if (!shared) {
    shared = new Map();
    layoutCaches.set(face, shared);
  }
  font[SHARED_LAYOUTS] = shared;
  shareSubset(font, face);
  shareLineEncodings(font, face);
}

/**
 * Text encoded for a face, shared across documents: the glyph ids in hex and the positions of
 * each text pdfkit draws (a line, or the part of a line in one font), and the width of each
 * text it measures (a word, as it breaks lines). Most lines of a letter recur in the next
 * letter, and encoding them again was a third of drawing them. A line is shared only when all
 * its glyphs are among the common ones that shareSubset gives the same ids in every document
 * (see COMMON); a line with another glyph (an accent from a name, a ligature) is encoded per
 * document, as its ids depend on the order in which that document met its glyphs.
 */
interface SharedEncodings {
  /** The number of glyphs every document's subset of the face starts with. */
  readonly commonGlyphs: number;
  readonly lines: Map<string, Encoded>;
  readonly widths: Map<string, number>;
}

type Encoded = readonly [hex: readonly string[], positions: readonly object[]];

const SHARED_ENCODINGS = Symbol("encodings shared across documents");
const encodingCaches = new Map<FontFace, SharedEncodings>();
// Lines and words that recur stay; a batch's many names and addresses must not grow the memory.
// A letter has about 120 lines, nine in ten of them found here (measured over 400 letters of
// 200 synthetic centres). Up to 2000 lines added 20-30 MB to the peak RSS of 1000 centres with
// logos (2 jobs, 2026-11-30: 300-308 MB); up to 1000, 285-292 MB and the same speed.
const MAX_CACHED_LINES = 1000;

function shareLineEncodings(font: EmbeddedFontInternals, face: FontFace): void {
  let shared = encodingCaches.get(face);
  if (!shared) {
    shared = { commonGlyphs: font.subset.glyphs.length, lines: new Map(), widths: new Map() };
    encodingCaches.set(face, shared);
  }
  // A subset that does not start as every other one did shares nothing.
  if (font.subset.glyphs.length === shared.commonGlyphs) font[SHARED_ENCODINGS] = shared;
}

/** A number as pdfkit writes a glyph id or a UTF-16 unit: four hex digits. */
const hex4 = (value: number) => `0000${value.toString(16)}`.slice(-4);

// Glyph ids in hex, made once per process.
const hexIds: string[] = [];

/**
 * Five of pdfkit's EmbeddedFont methods, doing the same faster, on the class itself (once):
 * - layoutCached: the words laid out in the face's shared cache, a Map with a bounded size;
 * - layout: a line's glyphs gathered with push, where pdfkit copied the whole line so far for
 *   every word (a quarter of what a letter allocated);
 * - encode: the hex form of each glyph id made once per process, not once per glyph, and a
 *   line of common glyphs encoded once per process (see shareLineEncodings);
 * - widthOfString: the width of a word kept per face (see shareLineEncodings);
 * - toUnicodeCmap: the map from glyphs back to text, which is the same for most letters, is
 *   compressed once per distinct map (see fastToUnicodeCmap).
 * A font without a shared cache (a right-to-left twin) keeps pdfkit's own cache per document.
 */
function fasterFontMethods(prototype: EmbeddedFontInternals): void {
  if (fastFontClasses.has(prototype)) return;
  fastFontClasses.add(prototype);
  replaceMethod(
    prototype,
    "layoutCached",
    (layoutCached) =>
      function (this: EmbeddedFontInternals, text: string) {
        const shared = this[SHARED_LAYOUTS];
        if (!shared) return layoutCached.call(this, text);
        let run = shared.get(text);
        if (!run) {
          run = this.layoutRun(text);
          if (shared.size >= MAX_CACHED_WORDS) shared.clear();
          shared.set(text, run);
        }
        return run;
      },
  );
  replaceMethod(prototype, "layout", () => fastLayout);
  replaceMethod(prototype, "encode", () => fastEncode);
  replaceMethod(
    prototype,
    "widthOfString",
    (widthOfString) =>
      function (this: EmbeddedFontInternals, text: string, size: number, features?: unknown) {
        const shared = features ? undefined : this[SHARED_ENCODINGS];
        if (!shared) return widthOfString.call(this, text, size, features);
        let width = shared.widths.get(text);
        if (width === undefined) {
          width = (this.layout(text, undefined, true) as LaidOut).advanceWidth;
          if (shared.widths.size >= MAX_CACHED_WORDS) shared.widths.clear();
          shared.widths.set(text, width);
        }
        // As pdfkit: the width in 1000ths of an em, then scaled.
        return width * (size / 1000);
      },
  );
  replaceMethod(prototype, "toUnicodeCmap", () => fastToUnicodeCmap);
}

function fastLayout(
  this: EmbeddedFontInternals,
  text: string,
  features?: unknown,
  onlyWidth?: boolean,
): unknown {
  if (features) return this.layoutRun(text, features);
  const glyphs: LaidOut["glyphs"][number][] = [];
  const positions: object[] = [];
  let advanceWidth = 0;
  // Words end after a space or a tab, which stays with the word before it (as in pdfkit).
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char !== 32 && char !== 9 && index < text.length - 1) continue;
    const run = this.layoutCached(text.slice(start, index + 1));
    if (!onlyWidth) {
      for (const glyph of run.glyphs) glyphs.push(glyph);
      for (const position of run.positions) positions.push(position);
    }
    advanceWidth += run.advanceWidth;
    start = index + 1;
  }
  return onlyWidth
    ? { glyphs: null, positions: null, advanceWidth }
    : { glyphs, positions, advanceWidth };
}

function fastEncode(this: EmbeddedFontInternals, text: string, features?: unknown): unknown {
  const shared = features ? undefined : this[SHARED_ENCODINGS];
  const known = shared?.lines.get(text);
  // Its glyphs are in this document's subset already, with their widths and characters.
  if (known) return known;
  const { glyphs, positions } = this.layout(text, features) as LaidOut;
  const hex: string[] = new Array(glyphs.length);
  let common = shared !== undefined;
  for (let i = 0; i < glyphs.length; i += 1) {
    const glyph = glyphs[i]!;
    const gid = this.subset.includeGlyph(glyph.id);
    hex[i] = hexIds[gid] ??= hex4(gid);
    this.widths[gid] ??= glyph.advanceWidth * this.scale;
    this.unicode[gid] ??= glyph.codePoints;
    if (gid >= (shared?.commonGlyphs ?? 0)) common = false;
  }
  const encoded: Encoded = [hex, positions];
  if (shared && common) {
    if (shared.lines.size >= MAX_CACHED_LINES) shared.lines.clear();
    shared.lines.set(text, encoded);
  }
  return encoded;
}

// A glyph's characters as the ToUnicode map writes them, kept per characters array: fontkit
// keeps one array per glyph, shared by every letter.
const cmapEntries = new WeakMap<readonly number[], string>();
// Compressed ToUnicode maps by their text; bounded, as the subsets are.
const compressedCmaps = new Map<string, Uint8Array>();

function cmapEntry(codePoints: readonly number[]): string {
  let entry = cmapEntries.get(codePoints);
  if (entry === undefined) {
    const encoded: string[] = [];
    for (let value of codePoints) {
      if (value > 0xffff) {
        value -= 0x10000;
        encoded.push(hex4(((value >>> 10) & 0x3ff) | 0xd800));
        value = 0xdc00 | (value & 0x3ff);
      }
      encoded.push(hex4(value));
    }
    entry = `<${encoded.join(" ")}>`;
    cmapEntries.set(codePoints, entry);
  }
  return entry;
}

/**
 * pdfkit's toUnicodeCmap, writing the same text; the text is compressed as pdfkit's own stream
 * would be (at CONTENT_DEFLATE_LEVEL, see pdf-output.ts), once per distinct map instead of once
 * per letter.
 */
function fastToUnicodeCmap(this: EmbeddedFontInternals): PdfReferenceInternals {
  const cmap = this.document.ref();
  const entries: string[] = [];
  for (const codePoints of this.unicode) entries.push(cmapEntry(codePoints!));
  const chunkSize = 256;
  const ranges: string[] = [];
  for (let start = 0; start < entries.length; start += chunkSize) {
    const end = Math.min(start + chunkSize, entries.length);
    ranges.push(`<${hex4(start)}> <${hex4(end - 1)}> [${entries.slice(start, end).join(" ")}]`);
  }
  const text = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo <<
  /Registry (Adobe)
  /Ordering (UCS)
  /Supplement 0
>> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000><ffff>
endcodespacerange
${ranges.length} beginbfrange
${ranges.join("\n")}
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;
  if (!cmap.compress) {
    cmap.write(text);
    cmap.finalize();
    return cmap;
  }
  let compressed = compressedCmaps.get(text);
  if (!compressed) {
    // pdfkit writes a text line with a line break after it, each character as one byte.
    compressed = deflateSync(Buffer.from(`${text}\n`, "latin1"), { level: CONTENT_DEFLATE_LEVEL });
    if (compressedCmaps.size >= MAX_CACHED_SUBSETS) compressedCmaps.clear();
    compressedCmaps.set(text, compressed);
  }
  endCompressed(cmap, compressed);
  return cmap;
}

const fastFontClasses = new WeakSet<object>();

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

const MIRROR = Symbol("a right-to-left twin's mirror of a character");

/**
 * Marks a twin so that, when it is embedded, its glyphs map to their characters in drawing
 * order (see useRightToLeftTwin). pdfkit's embed() is replaced on its class (see
 * replaceOnClass).
 */
function mapInDrawingOrder(font: EmbeddedFontInternals, mirror: (char: string) => string): void {
  font[MIRROR] = mirror;
  const prototype = Object.getPrototypeOf(font) as EmbeddedFontInternals;
  replaceOnClass(
    prototype,
    "embed",
    (embed) =>
      function (this: EmbeddedFontInternals) {
        const mirrorOf = this[MIRROR];
        if (mirrorOf) {
          this.unicode = this.unicode.map((chars) => {
            if (!chars) return chars;
            if (chars.length > 1) return [...chars].reverse();
            return [mirrorOf(String.fromCodePoint(chars[0]!)).codePointAt(0)!];
          });
        }
        embed.call(this);
      },
  );
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

/** The parts of pdfkit's EmbeddedFont (0.20) that the sharing relies on. */
interface EmbeddedFontInternals {
  [SHARED_LAYOUTS]?: Map<string, LaidOut>;
  [SHARED_ENCODINGS]?: SharedEncodings;
  layoutRun(text: string, features?: unknown): LaidOut;
  layoutCached(text: string): LaidOut;
  layout(text: string, features?: unknown, onlyWidth?: boolean): unknown;
  encode(text: string, features?: unknown): unknown;
  widthOfString(text: string, size: number, features?: unknown): number;
  toUnicodeCmap(): PdfReferenceInternals;
  document: { ref(data?: object): PdfReferenceInternals };
  embed(): void;
  scale: number;
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
  font: Font;
  subset: SubsetInternals;
  [MIRROR]?: (char: string) => string;
}

/** The parts of a fontkit 2 subset that sharing encoded subsets relies on. */
interface SubsetInternals {
  glyphs: number[];
  includeGlyph(id: number): number;
  encode(): Uint8Array;
  [SUBSET_FACE]?: FontFace;
}

/** The parts of pdfkit's PDFReference (0.20) that the font file cache relies on. */
interface PdfReferenceInternals {
  compress: boolean;
  data: Record<string, unknown>;
  write(chunk: Uint8Array | string): void;
  end(chunk?: Uint8Array): void;
  finalize(): void;
}

// Characters nearly every letter uses; they get glyph ids in this fixed order in every document.
const COMMON =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—‘’“”…•€éëèêïíóöüáàäç";
const subsetCaches = new Map<FontFace, Map<string, Uint8Array>>();
const MAX_CACHED_SUBSETS = 64;

/**
 * Embedding a font subset (the glyphs a letter uses, encoded as a new TrueType file) costs a
 * fifth of a letter's time, and most letters use the same glyphs. So every document starts its
 * subsets with the same common glyphs in the same order, which makes the subsets of most
 * letters identical, and an encoded subset is reused for the next document with the same glyph
 * list. Output stays reproducible: the same glyph list always gives the same bytes.
 */
function shareSubset(font: EmbeddedFontInternals, face: FontFace): void {
  for (const char of face in FONT_FACES ? COMMON : "") {
    const glyph = font.font.glyphForCodePoint(char.codePointAt(0)!);
    const gid = font.subset.includeGlyph(glyph.id);
    font.widths[gid] ??= glyph.advanceWidth * font.scale;
    font.unicode[gid] ??= glyph.codePoints;
  }
  // The subset's encode() is replaced on its class (see replaceOnClass); a subset marked with
  // its face is encoded once per glyph list and face.
  font.subset[SUBSET_FACE] = face;
  const prototype = Object.getPrototypeOf(font.subset) as SubsetInternals;
  replaceOnClass(
    prototype,
    "encode",
    (encode) =>
      function (this: SubsetInternals) {
        const face = this[SUBSET_FACE];
        if (face === undefined) return encode.call(this);
        // The key is taken before encoding: encode() itself adds the parts of composite glyphs.
        const key = this.glyphs.join(",");
        let cache = subsetCaches.get(face);
        if (!cache) {
          cache = new Map();
          subsetCaches.set(face, cache);
        }
        let bytes = cache.get(key);
        if (!bytes) {
          bytes = encode.call(this);
          if (cache.size >= MAX_CACHED_SUBSETS) cache.clear();
          cache.set(key, bytes);
          // pdfkit streams the subset whole as the font file: compressed once (see pdf-output.ts).
          compressOnceWhenStreamed(bytes);
        }
        return bytes;
      },
  );
}

const SUBSET_FACE = Symbol("face whose encoded subsets are shared");
