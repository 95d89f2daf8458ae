import type { Font } from "fontkit";
import { fontFileBytes } from "./font-files.node.js";
import { fontkit } from "./libraries.node.js";
import { fastPath, fastPathsOn, fix } from "./registry.js";

export { fontkit };

/** The parts of a fontkit 2 TrueType font that the replacements rely on. */
interface FontInternals {
  getGlyph(id: number, characters?: number[]): unknown;
  _getTable(entry: TableEntry): unknown;
  _decodeTable(entry: TableEntry): Record<PropertyKey, unknown>;
  _glyphs: Record<number, { codePoints: readonly number[] } | undefined>;
  _tables: Record<string, unknown>;
  stream: { buffer: Uint8Array };
  directory: { tables: Record<string, TableEntry | undefined> };
  createSubset(): SubsetInternals;
}

interface TableEntry {
  tag: string;
  offset: number;
  length: number;
}

/** The parts of a fontkit 2 subset that the encoded-subset cache relies on. */
interface SubsetInternals {
  font: object;
  glyphs: number[];
  encode(): Uint8Array;
}

/**
 * The face every PDF letter uses, parsed here on load: fontkit exports neither its font nor its
 * subset class, and their methods are replaced once, here, not on a letter's first use.
 */
export const REGULAR_FONT_FILE = "dejavu-fonts-ttf/ttf/DejaVuSans.ttf";

const opened = new Map<string, Font>();

/**
 * A font file of an installed package ("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"), parsed once per
 * process: pdfkit accepts a fontkit font object, and parsing
 * costs more than laying out a whole letter. Its glyphs keep the characters of the letter that
 * asks (see keepGlyphCharacters).
 */
export function openFont(file: string): Font {
  let font = opened.get(file);
  if (!font) {
    font = fontkit.create(fontFileBytes(file) as Buffer) as Font;
    keepGlyphCharacters(font as unknown as FontInternals);
    opened.set(file, font);
  }
  return font;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * Fix, on each parsed font (fonts are shared across letters, so this is no per-letter state).
 * fontkit caches each glyph with the characters it was first asked for. Two things must not
 * follow from that:
 * - Embedding a subset asks for the parts of composite glyphs (the "a" in "å", the initial form
 *   of an Arabic letter inside another) with no characters. Kept, such a glyph would have no
 *   characters, or the wrong ones, for ever, and readers could no longer map it back to text.
 *   It is not kept: the next letter that shows it asks again, with its characters.
 * - One glyph can stand for other characters: the "fi" ligature is drawn for "f" and "i", and
 *   for "ﬁ" typed as one character. The characters a letter maps it to must be its own, or a
 *   letter's bytes would depend on the letters made before it (and on --jobs). Asked for with
 *   other characters, the glyph is handed out as a view of itself with those characters.
 */
function keepGlyphCharacters(font: FontInternals): void {
  fix("fontkit", "TTFFont#getGlyph", font, "getGlyph", (getGlyph) => {
    const bound = getGlyph.bind(font);
    return (id: number, characters: number[] = []) => {
      const known = font._glyphs[id];
      if (!known) {
        const glyph = bound(id, characters);
        if (characters.length === 0) delete font._glyphs[id];
        return glyph;
      }
      if (characters.length === 0 || sameNumbers(known.codePoints, characters)) return known;
      return Object.create(known, { codePoints: { value: characters, enumerable: true } });
    };
  });
}

const regular = openFont(REGULAR_FONT_FILE) as unknown as FontInternals;
const fontClass = Object.getPrototypeOf(regular) as FontInternals;
const subsetClass = Object.getPrototypeOf(regular.createSubset()) as SubsetInternals;

/**
 * pdfkit reads two fields of a font's `post` table when it embeds the font (fixed pitch, italic
 * angle), and fontkit then decodes the whole table, with the names of all 6000 glyphs: 30-40 ms
 * of a one-centre `generate` (measured). The table's fixed-size header is read instead; any
 * other field still comes from fontkit's own decoding, on first use.
 */
fastPath(
  "fontkit",
  "TTFFont._getTable",
  fontClass,
  "_getTable",
  (getTable) =>
    function (this: FontInternals, entry: TableEntry) {
      if (entry?.tag === "post" && !("post" in this._tables) && entry.length >= 32) {
        this._tables.post = postHeader(this, entry);
      }
      return getTable.call(this, entry);
    },
);

function postHeader(font: FontInternals, entry: TableEntry): object {
  const file = font.stream.buffer;
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
  return new Proxy(header, {
    get: (target, key) => {
      if (key in target) return target[key];
      whole ??= font._decodeTable(entry);
      return whole[key];
    },
  });
}

/** Encoded font files, so that pdfkit's stream compresses them as pdfkit would (see pdfkit.ts). */
export const FONT_FILES = new WeakSet<Uint8Array>();

// Encoded subsets by font and glyph list; bounded, a batch's many names must not grow it.
const subsets = new WeakMap<object, Map<string, Uint8Array>>();
const MAX_CACHED_SUBSETS = 64;

/**
 * A fix with a fast path inside (one replacement, so that the tests can see it called):
 * - fix: the bytes of an encoded subset are marked as a font file. pdfkit streams them whole,
 *   and the fix of pdfkit's stream compression (fast/pdfkit.ts) keeps zlib's default level
 *   for them, as pdfkit does;
 * - fast path: embedding a subset (the glyphs a letter uses, encoded as a new TrueType file)
 *   costs a fifth of a letter's time, and most letters use the same glyphs (the PDF renderer
 *   starts every subset with the same common glyphs). An encoded subset is reused for the next
 *   letter with the same font and glyph list: the same glyph list always gives the same bytes.
 */
fix(
  "fontkit",
  "TTFSubset.encode",
  subsetClass,
  "encode",
  (encode) =>
    function (this: SubsetInternals) {
      if (!fastPathsOn()) {
        const bytes = encode.call(this);
        FONT_FILES.add(bytes);
        return bytes;
      }
      // The key is taken before encoding: encode() itself adds the parts of composite glyphs.
      const key = this.glyphs.join(",");
      let cache = subsets.get(this.font);
      if (!cache) {
        cache = new Map();
        subsets.set(this.font, cache);
      }
      let bytes = cache.get(key);
      if (!bytes) {
        bytes = encode.call(this);
        FONT_FILES.add(bytes);
        if (cache.size >= MAX_CACHED_SUBSETS) cache.clear();
        cache.set(key, bytes);
      }
      return bytes;
    },
);
