import type { Font } from "fontkit";
import { latin1Bytes } from "../bytes.js";
import { deflateZlib } from "../compress.js";
import { CONTENT_DEFLATE_LEVEL, endCompressed, type ReferenceInternals } from "./pdfkit-output.js";
import { preparedWords } from "./prepared-layouts.node.js";
import type { PreparedWord } from "./prepared-words.js";
import { fastPath, fix } from "./registry.js";

/**
 * pdfkit's EmbeddedFont, sped up: most of a letter's time went to shaping the same words and
 * encoding the same lines as the letter before. The caches are per face and shared across
 * documents (see shareAcrossDocuments); a font without them keeps pdfkit's own per-document
 * cache.
 */

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

/**
 * Text encoded for a face, shared across documents: the glyph ids in hex and the positions of
 * each text pdfkit draws, and the width of each text it measures (a word, as it breaks lines).
 * A line is shared only when all its glyphs are among the common ones every document's subset
 * starts with (same ids in every document); a line with another glyph (an accent from a name, a
 * ligature) is encoded per document, as its ids depend on the order that document met them.
 */
interface SharedEncodings {
  /** The number of glyphs every document's subset of the face starts with. */
  readonly commonGlyphs: number;
  readonly lines: Map<string, Encoded>;
  readonly widths: Map<string, number>;
}

type Encoded = readonly [hex: readonly string[], positions: readonly object[]];

const SHARED_LAYOUTS = Symbol("layouts shared across documents");
const SHARED_ENCODINGS = Symbol("encodings shared across documents");
const PREPARED_LAYOUTS = Symbol("words laid out when the bundle was built");
const RECORDED_LAYOUTS = Symbol("words laid out, recorded for the build");
export const MIRROR = Symbol("a right-to-left twin's mirror of a character");

/** The parts of pdfkit's EmbeddedFont (0.20) that the replacements rely on. */
export interface EmbeddedFontInternals {
  [SHARED_LAYOUTS]?: Map<string, LaidOut>;
  [SHARED_ENCODINGS]?: SharedEncodings;
  [PREPARED_LAYOUTS]?: ReadonlyMap<string, LaidOut>;
  [RECORDED_LAYOUTS]?: Map<string, LaidOut>;
  [MIRROR]?: (char: string) => string;
  layoutRun(text: string, features?: unknown): LaidOut;
  layoutCached(text: string): LaidOut;
  layout(text: string, features?: unknown, onlyWidth?: boolean): unknown;
  encode(text: string, features?: unknown): unknown;
  widthOfString(text: string, size: number, features?: unknown): number;
  toUnicodeCmap(): ReferenceInternals;
  embed(): void;
  document: { ref(data?: object): ReferenceInternals };
  scale: number;
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
  font: Font;
  subset: { glyphs: number[]; includeGlyph(id: number): number };
}

const layoutCaches = new Map<string, Map<string, LaidOut>>();
const encodingCaches = new Map<string, SharedEncodings>();
// Words that recur stay; a batch's many names and addresses must not make the memory grow.
const MAX_CACHED_WORDS = 2000;
// A letter has about 120 lines, nine in ten of them found here (measured over 400 letters of
// 200 synthetic centres). Up to 2000 lines added 20-30 MB to the peak RSS of 1000 centres with
// logos (2 jobs, 2026-11-30: 300-308 MB); up to 1000, 285-292 MB and the same speed.
const MAX_CACHED_LINES = 1000;
const MAX_CACHED_CMAPS = 64;

/**
 * Gives a document's font of `face` the caches shared by every document's font of that face.
 * Call it once the font's subset holds the glyphs every document starts with.
 */
export function shareAcrossDocuments(font: EmbeddedFontInternals, face: string): void {
  let layouts = layoutCaches.get(face);
  if (!layouts) {
    layouts = new Map();
    layoutCaches.set(face, layouts);
  }
  font[SHARED_LAYOUTS] = layouts;
  font[PREPARED_LAYOUTS] = preparedLayouts(face, font);
  if (recording) {
    let recorded = recording.get(face);
    if (!recorded) {
      recorded = new Map();
      recording.set(face, recorded);
    }
    font[RECORDED_LAYOUTS] = recorded;
  }
  let encodings = encodingCaches.get(face);
  if (!encodings) {
    encodings = { commonGlyphs: font.subset.glyphs.length, lines: new Map(), widths: new Map() };
    encodingCaches.set(face, encodings);
  }
  // A subset that does not start as every other one did shares nothing.
  if (font.subset.glyphs.length === encodings.commonGlyphs) font[SHARED_ENCODINGS] = encodings;
}

// The prepared words of each face, made into runs once per process (see preparedLayouts).
const preparedByFace = new Map<string, ReadonlyMap<string, LaidOut> | undefined>();

/**
 * The words of `face` laid out when the bundle was built (prepared-layouts.node.ts): a word
 * found there is not shaped again by fontkit. Runs are made as layoutRun makes them: glyphs
 * with their id, advance width and characters, positions scaled to 1000 units per em.
 */
function preparedLayouts(
  face: string,
  font: EmbeddedFontInternals,
): ReadonlyMap<string, LaidOut> | undefined {
  if (preparedByFace.has(face)) return preparedByFace.get(face);
  const bytes = (font.font as unknown as { stream?: { buffer?: Uint8Array } }).stream?.buffer;
  const words = bytes ? preparedWords(face, bytes) : undefined;
  let runs: Map<string, LaidOut> | undefined;
  if (words) {
    runs = new Map();
    // One glyph object per glyph and characters, as fontkit keeps one per glyph.
    const glyphs = new Map<string, LaidOut["glyphs"][number]>();
    for (const [word, wordGlyphs, positions, advanceWidth] of words) {
      runs.set(word, {
        glyphs: wordGlyphs.map(([id, glyphWidth, codePoints]) => {
          const key = `${id}:${codePoints.join(",")}:${glyphWidth}`;
          let glyph = glyphs.get(key);
          if (!glyph) {
            glyph = { id, advanceWidth: glyphWidth, codePoints };
            glyphs.set(key, glyph);
          }
          return glyph;
        }),
        positions: positions.map(([xAdvance, yAdvance, xOffset, yOffset, width]) => ({
          xAdvance,
          yAdvance,
          xOffset,
          yOffset,
          advanceWidth: width,
        })),
        advanceWidth,
      });
    }
  }
  preparedByFace.set(face, runs);
  return runs;
}

let recording: Map<string, Map<string, LaidOut>> | undefined;

/**
 * From now on, every word a face's font lays out with fontkit is kept, for recordedWords: the
 * build renders the shipped letters once with it and writes the words beside the bundle.
 */
export function recordLayouts(): void {
  recording ??= new Map();
}

/**
 * The words recorded since recordLayouts, by face, as PreparedWord. A word whose run has
 * anything JSON would not give back exactly (another field, a negative zero) is left out: it
 * is laid out by fontkit, as before.
 */
export function recordedWords(): Record<string, PreparedWord[]> {
  const faces: Record<string, PreparedWord[]> = {};
  for (const [face, words] of recording ?? []) {
    faces[face] = [];
    for (const [word, run] of words) {
      const prepared = asPreparedWord(word, run);
      if (prepared) faces[face].push(prepared);
    }
  }
  return faces;
}

const POSITION_KEYS = "xAdvance,yAdvance,xOffset,yOffset,advanceWidth";

function asPreparedWord(word: string, run: LaidOut): PreparedWord | undefined {
  const exact = (value: unknown) =>
    typeof value === "number" && Number.isFinite(value) && !Object.is(value, -0);
  const glyphs: PreparedWord[1] = [];
  for (const glyph of run.glyphs) {
    if (!exact(glyph.id) || !exact(glyph.advanceWidth) || !glyph.codePoints.every(exact))
      return undefined;
    glyphs.push([glyph.id, glyph.advanceWidth, [...glyph.codePoints]]);
  }
  const positions: PreparedWord[2] = [];
  for (const position of run.positions as Record<string, number>[]) {
    if (Object.keys(position).join(",") !== POSITION_KEYS) return undefined;
    const values = [
      position.xAdvance,
      position.yAdvance,
      position.xOffset,
      position.yOffset,
      position.advanceWidth,
    ];
    if (!values.every(exact)) return undefined;
    positions.push(values as PreparedWord[2][number]);
  }
  if (!exact(run.advanceWidth) || glyphs.length !== positions.length) return undefined;
  return [word, glyphs, positions, run.advanceWidth];
}

/** Whether the font has had its shared caches (a font is set up once per document). */
export function sharesAcrossDocuments(font: EmbeddedFontInternals): boolean {
  return font[SHARED_LAYOUTS] !== undefined;
}

/** A number as pdfkit writes a glyph id or a UTF-16 unit: four hex digits. */
const hex4 = (value: number) => `0000${value.toString(16)}`.slice(-4);

// Glyph ids in hex, made once per process.
const hexIds: string[] = [];

/**
 * Five of pdfkit's EmbeddedFont methods, doing the same faster:
 * - layoutCached: the words laid out in the face's shared cache, a Map with a bounded size;
 * - layout: a line's glyphs gathered with push, where pdfkit copied the whole line so far for
 *   every word (a quarter of what a letter allocated);
 * - encode: the hex form of each glyph id made once per process, not once per glyph, and a
 *   line of common glyphs encoded once per process;
 * - widthOfString: the width of a word kept per face;
 * - toUnicodeCmap: the map from glyphs back to text, the same for most letters, compressed
 *   once per distinct map.
 */
export function fasterFontMethods(prototype: EmbeddedFontInternals): void {
  fastPath(
    "pdfkit",
    "EmbeddedFont.layoutCached",
    prototype,
    "layoutCached",
    (layoutCached) =>
      function (this: EmbeddedFontInternals, text: string) {
        const shared = this[SHARED_LAYOUTS];
        if (!shared) return layoutCached.call(this, text);
        let run = shared.get(text);
        if (!run) {
          run = this[PREPARED_LAYOUTS]?.get(text);
          if (!run) {
            run = this.layoutRun(text);
            this[RECORDED_LAYOUTS]?.set(text, run);
          }
          if (shared.size >= MAX_CACHED_WORDS) shared.clear();
          shared.set(text, run);
        }
        return run;
      },
  );
  fastPath("pdfkit", "EmbeddedFont.layout", prototype, "layout", () => fastLayout);
  fastPath("pdfkit", "EmbeddedFont.encode", prototype, "encode", () => fastEncode);
  fastPath(
    "pdfkit",
    "EmbeddedFont.widthOfString",
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
  fastPath(
    "pdfkit",
    "EmbeddedFont.toUnicodeCmap",
    prototype,
    "toUnicodeCmap",
    () => fastToUnicodeCmap,
  );
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
// Compressed ToUnicode maps by their text; bounded.
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
 * pdfkit's toUnicodeCmap, writing the same text; the text is compressed as pdfkit's stream
 * would compress it (at CONTENT_DEFLATE_LEVEL, see pdfkit-output.ts), once per distinct map.
 */
function fastToUnicodeCmap(this: EmbeddedFontInternals): ReferenceInternals {
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
    compressed = deflateZlib(latin1Bytes(`${text}\n`), CONTENT_DEFLATE_LEVEL);
    if (compressedCmaps.size >= MAX_CACHED_CMAPS) compressedCmaps.clear();
    compressedCmaps.set(text, compressed);
  }
  endCompressed(cmap, compressed);
  return cmap;
}

/**
 * Fix of EmbeddedFont.embed for a right-to-left twin (see useRightToLeftTwin in
 * ../pdf/pdf-fonts.ts): its glyphs map to their characters in drawing order, so a reader that
 * reverses the run gets them right, and a bracket drawn mirrored maps to the one typed. A font
 * is marked with mapInDrawingOrder.
 */
export function embedInDrawingOrder(prototype: EmbeddedFontInternals): void {
  fix(
    "pdfkit",
    "EmbeddedFont.embed",
    prototype,
    "embed",
    (embed) =>
      function (this: EmbeddedFontInternals) {
        const mirrorOf = this[MIRROR];
        if (mirrorOf) {
          this.unicode = this.unicode.map((chars) => {
            // A glyph with no characters (U+06CD's shaped form) has an empty list: nothing to mirror.
            if (!chars || chars.length === 0) return chars;
            if (chars.length > 1) return [...chars].reverse();
            return [mirrorOf(String.fromCodePoint(chars[0]!)).codePointAt(0)!];
          });
        }
        embed.call(this);
      },
  );
}

/** Marks a twin so that, when it is embedded, its glyphs map in drawing order. */
export function mapInDrawingOrder(
  font: EmbeddedFontInternals,
  mirror: (char: string) => string,
): void {
  font[MIRROR] = mirror;
}
