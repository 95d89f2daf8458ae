import type { Bidi } from "bidi-js";
import { RTL_LETTER } from "../rtl-letter.js";
import { UnprintableCharacterError } from "../unprintable.js";
import { bidiFactory } from "./bidi.node.js";
import {
  FALLBACK_FACES,
  type FallbackFace,
  type FontFace,
  pdfFont,
  type TextFace,
} from "./pdf-fonts.js";

/** A stretch of text that one font shows. */
export interface FaceRun {
  readonly text: string;
  readonly face: FontFace;
}

// Invisible characters (joiners, variation selectors, direction marks): fontkit lays them out
// with no width, so they never decide the font.
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const SHOWS_SOMETHING = /[\p{L}\p{N}\p{S}\p{Extended_Pictographic}]/u;

const coverage = new Map<FontFace, Map<number, boolean>>();

function covers(face: FontFace, codePoint: number): boolean {
  let known = coverage.get(face);
  if (!known) {
    known = new Map();
    coverage.set(face, known);
  }
  let has = known.get(codePoint);
  if (has === undefined) {
    has = pdfFont(face).hasGlyphForCodePoint(codePoint);
    known.set(codePoint, has);
  }
  return has;
}

function coversAll(face: FontFace, text: string): boolean {
  for (const char of text) {
    if (!IGNORABLE.test(char) && !covers(face, char.codePointAt(0)!)) return false;
  }
  return true;
}

const UPRIGHT: Record<TextFace, TextFace> = {
  regular: "regular",
  bold: "bold",
  italic: "regular",
  boldItalic: "bold",
};

const chains = new Map<TextFace, readonly FontFace[]>();

/** The fonts tried for a face, in order: the face, its upright form, regular, the fallbacks. */
function chain(face: TextFace): readonly FontFace[] {
  let faces = chains.get(face);
  if (!faces) {
    const fallbacks = Object.keys(FALLBACK_FACES) as FallbackFace[];
    faces = [...new Set<FontFace>([face, UPRIGHT[face], "regular", ...fallbacks])];
    chains.set(face, faces);
  }
  return faces;
}

let graphemes: Intl.Segmenter | undefined;

/**
 * Splits text into runs that one font each can show, keeping every user-perceived character
 * (a letter with its accents, an emoji sequence) whole. Text the face shows entirely, nearly
 * every run, comes back as it is. Throws UnprintableCharacterError for a character no font has.
 */
export function faceRuns(text: string, face: TextFace): FaceRun[] {
  if (coversAll(face, text)) return [{ text, face }];
  graphemes ??= new Intl.Segmenter("und", { granularity: "grapheme" });
  const runs: { text: string; face: FontFace }[] = [];
  for (const { segment } of graphemes.segment(text)) {
    const last = runs.at(-1);
    // A space or punctuation mark stays in the font of the text before it.
    if (last && !SHOWS_SOMETHING.test(segment) && coversAll(last.face, segment)) {
      last.text += segment;
      continue;
    }
    const found = chain(face).find((candidate) => coversAll(candidate, segment));
    if (found === undefined) {
      const missing = [...segment].find(
        (char) =>
          !IGNORABLE.test(char) && !chain(face).some((f) => covers(f, char.codePointAt(0)!)),
      );
      throw new UnprintableCharacterError(missing ?? segment);
    }
    if (last?.face === found) last.text += segment;
    else runs.push({ text: segment, face: found });
  }
  return runs;
}

let bidi: Bidi | undefined;

/**
 * The bidirectional algorithm, loaded on the first line with right-to-left text: most letters
 * have none, and loading it costs about 15 ms. bidi-js is a CommonJS module whose
 * export is the factory (its types describe an ES default export).
 */
export function loadBidi(): Bidi {
  if (!bidi) {
    bidi = bidiFactory()();
  }
  return bidi;
}

export interface VisualPiece {
  readonly text: string;
  /** To be laid out as one run, not word by word, so the font engine reverses it whole. */
  readonly rightToLeft: boolean;
  /**
   * Part of a right-to-left stretch (digits or a Latin word inside Arabic text included): the
   * whole stretch must reach a reader as one text item, for the reader to put it back in order.
   */
  readonly inRightToLeft: boolean;
}

interface LevelRun {
  readonly text: string;
  readonly level: number;
}

/**
 * A line's text in the order it is drawn, left to right, by the Unicode bidirectional
 * algorithm with a left-to-right paragraph (the letter is Dutch). Each piece is drawn as one
 * text run; a right-to-left piece keeps its logical order (see rightToLeft).
 */
export function visualPieces(text: string): VisualPiece[] {
  if (!RTL_LETTER.test(text)) return [{ text, rightToLeft: false, inRightToLeft: false }];
  const { levels } = loadBidi().getEmbeddingLevels(text, "ltr");
  const runs: LevelRun[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i += 1) {
    if (i < text.length && levels[i] === levels[start]) continue;
    runs.push({ text: text.slice(start, i), level: levels[start]! });
    start = i;
  }
  // Rule L2: from the highest level down to the lowest odd one, reverse every stretch of runs
  // at that level or higher.
  const highest = Math.max(...runs.map((run) => run.level));
  for (let level = highest; level >= 1; level -= 1) {
    for (let i = 0; i < runs.length; ) {
      if (runs[i]!.level < level) {
        i += 1;
        continue;
      }
      let end = i;
      while (end < runs.length && runs[end]!.level >= level) end += 1;
      runs.splice(i, end - i, ...runs.slice(i, end).reverse());
      i = end;
    }
  }
  return runs.map((run) => ({
    text: run.level % 2 === 1 ? rightToLeft(run.text) : run.text,
    rightToLeft: run.level % 2 === 1,
    inRightToLeft: run.level > 0,
  }));
}

/**
 * A right-to-left run as it is handed to the font engine, which reverses a run of a
 * right-to-left script itself (and joins its letters) but does not mirror brackets: "(" must
 * show as ")". A run with no such letters (spaces and punctuation between two right-to-left
 * words) is reversed here.
 */
function rightToLeft(text: string): string {
  const mirrored = [...text].map(mirror);
  return RTL_LETTER.test(text) ? mirrored.join("") : mirrored.reverse().join("");
}

/** A bracket's mirror image, or the character itself. */
export function mirror(char: string): string {
  return loadBidi().getMirroredCharacter(char) ?? char;
}
