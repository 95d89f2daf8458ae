import { type Keep, mayBreakAfter } from "../../document/break-rules.js";
import { RTL_LETTER } from "../rtl-letter.js";
import { loadBidi, mirror } from "./pdf-text.js";

/**
 * Lines of a right-to-left paragraph (an Arabic letter), laid out here instead of by pdfkit:
 * pdfkit breaks lines and places the pieces of a line (a bold word, a link) left to right in
 * the order they were typed, which reverses the order of the words of a right-to-left line.
 * Pure layout: the caller measures text and draws the pieces.
 */

/** A stretch of the paragraph in one font and style, in reading (logical) order. */
export interface LinePart {
  readonly text: string;
  /** Not to be broken (a phone number) or only after "/", "?", "&" (a web address). */
  readonly keep?: Keep;
  /**
   * Read left to right as a unit inside the right-to-left text (Unicode's "left-to-right
   * isolate"): a phone number or web address keeps its digits and groups in the order typed.
   */
  readonly isolate: boolean;
}

/** A piece of a line in one part and one direction. */
export interface LinePiece {
  /** The part it comes from (its index in the parts given). */
  readonly part: number;
  /** Its characters in reading order. */
  readonly text: string;
  /** Odd bidi level: drawn right to left. */
  readonly rightToLeft: boolean;
  /** Its left edge, from the left of the line, when the line is drawn. */
  readonly x: number;
  readonly width: number;
}

export interface RtlLine {
  /** In reading order (the order they are drawn in, so readers that follow it read right). */
  readonly pieces: readonly LinePiece[];
  readonly width: number;
  /** Where a right-to-left mark goes (see directionMarks), and the piece it goes before. */
  readonly marks: readonly { readonly x: number; readonly piece: number }[];
}

/** The width of some characters of one part, in the part's font and size. */
export type Measure = (part: number, text: string, rightToLeft: boolean) => number;

const LRI = "\u2066";
const PDI = "\u2069";
const SPACE = /\s/;

/** The bidi level of every character of the paragraph, with its right-to-left base direction. */
function levelsOf(parts: readonly LinePart[]): number[] {
  let text = "";
  const at: number[] = [];
  for (const part of parts) {
    if (part.isolate) text += LRI;
    for (let i = 0; i < part.text.length; i += 1) at.push(text.length + i);
    text += part.text;
    if (part.isolate) text += PDI;
  }
  const { levels } = loadBidi().getEmbeddingLevels(text, "rtl");
  return at.map((index) => levels[index]!);
}

/**
 * Positions in the paragraph before which a line may start: a word after a space, except
 * inside a phone number; inside a web address, after "/", "?" or "&" (see break-rules.ts).
 */
function breakOpportunities(parts: readonly LinePart[]): Set<number> {
  const allowed = new Set<number>();
  let offset = 0;
  let previous = "";
  for (const part of parts) {
    for (let i = 0; i < part.text.length; i += 1) {
      const char = part.text[i]!;
      const inside = i > 0;
      const afterSpace = SPACE.test(previous) && !SPACE.test(char);
      if (inside && part.keep === "phone") {
        // never
      } else if (inside && part.keep === "url") {
        if (afterSpace || mayBreakAfter(part.text, i, "url")) allowed.add(offset + i);
      } else if (afterSpace && offset + i > 0) allowed.add(offset + i);
      previous = char;
    }
    offset += part.text.length;
  }
  return allowed;
}

interface Span {
  readonly part: number;
  readonly start: number;
  readonly end: number;
}

/** The parts' pieces between two positions of the paragraph. */
function spans(parts: readonly LinePart[], from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = 0;
  parts.forEach((part, index) => {
    const end = start + part.text.length;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a < b) out.push({ part: index, start: a, end: b });
    start = end;
  });
  return out;
}

/**
 * The paragraph's lines at `width`: broken where a line may break (after a space, and inside
 * a web address where break-rules.ts allows), a word longer than a line cut where it must be.
 * Each line's pieces get their places by the Unicode bidirectional algorithm with a
 * right-to-left paragraph: a Latin web address, a phone number, a date's digits read left to
 * right inside the Arabic text, and brackets face the right way.
 */
export function rtlLines(parts: readonly LinePart[], width: number, measure: Measure): RtlLine[] {
  const text = parts.map((p) => p.text).join("");
  if (text.trim() === "") return [];
  const levels = levelsOf(parts);
  const opportunities = breakOpportunities(parts);
  const widthOf = (from: number, to: number) =>
    spans(parts, from, to).reduce(
      (sum, s) => sum + measure(s.part, text.slice(s.start, s.end), levels[s.start]! % 2 === 1),
      0,
    );
  const visibleEnd = (from: number, to: number) => {
    let end = to;
    while (end > from && SPACE.test(text[end - 1]!)) end -= 1;
    return end;
  };

  const stops = [...opportunities].sort((a, b) => a - b);
  stops.push(text.length);
  const lines: RtlLine[] = [];
  let start = 0;
  while (start < text.length) {
    while (start < text.length && SPACE.test(text[start]!)) start += 1;
    if (start >= text.length) break;
    // The line grows one breakable stretch at a time while it fits.
    let end = start;
    for (const stop of stops) {
      if (stop <= start) continue;
      if (widthOf(start, visibleEnd(start, stop)) <= width) end = stop;
      else {
        if (end === start) end = stop;
        break;
      }
    }
    // A stretch wider than a line on its own is cut where it stops fitting.
    if (widthOf(start, visibleEnd(start, end)) > width) {
      let cut = visibleEnd(start, end) - 1;
      while (cut > start + 1 && widthOf(start, cut) > width) cut -= 1;
      end = cut;
    }
    lines.push(placePieces(parts, text, levels, start, visibleEnd(start, end), widthOf));
    start = end;
  }
  return lines;
}

/** One line's pieces: split by part and bidi level, placed by rule L2 of the algorithm. */
function placePieces(
  parts: readonly LinePart[],
  text: string,
  levels: readonly number[],
  from: number,
  to: number,
  widthOf: (from: number, to: number) => number,
): RtlLine {
  const runs: (Span & { level: number })[] = [];
  for (const span of spans(parts, from, to)) {
    let start = span.start;
    for (let i = span.start + 1; i <= span.end; i += 1) {
      if (i < span.end && levels[i] === levels[start]) continue;
      runs.push({ part: span.part, start, end: i, level: levels[start]! });
      start = i;
    }
  }
  // Rule L2: from the highest level down to the lowest odd one, reverse every stretch of runs
  // at that level or higher.
  const visual = [...runs];
  const highest = Math.max(...visual.map((run) => run.level));
  for (let level = highest; level >= 1; level -= 1) {
    for (let i = 0; i < visual.length; ) {
      if (visual[i]!.level < level) {
        i += 1;
        continue;
      }
      let end = i;
      while (end < visual.length && visual[end]!.level >= level) end += 1;
      visual.splice(i, end - i, ...visual.slice(i, end).reverse());
      i = end;
    }
  }
  // `visual` is the order on the page, from the left.
  const widths = new Map(runs.map((run) => [run, widthOf(run.start, run.end)]));
  const xs = new Map<(typeof runs)[number], number>();
  let total = 0;
  for (const run of visual) {
    xs.set(run, total);
    total += widths.get(run)!;
  }
  const marks = directionMarks(text, levels, from, to).map((at) => {
    const piece = runs.findIndex((run) => run.start <= at && at < run.end);
    const run = runs[piece]!;
    // The mark sits at the right edge of the character after it in reading order.
    const right = xs.get(run)! + widths.get(run)! - (at > run.start ? widthOf(run.start, at) : 0);
    return { x: right, piece };
  });
  return {
    width: total,
    marks,
    pieces: runs.map((run) => ({
      part: run.part,
      text: text.slice(run.start, run.end),
      rightToLeft: run.level % 2 === 1,
      x: xs.get(run)!,
      width: widths.get(run)!,
    })),
  };
}

// Characters Poppler keeps in drawing order in a right-to-left line: letters of left-to-right
// scripts, digits and what belongs to numbers (".", ",", ":", "%").
const KEPT_AS_DRAWN = new Set(["L", "EN", "ES", "ET", "AN", "CS"]);
const STRONG_RTL = new Set(["R", "AL"]);

/**
 * The positions of the line, in reading order, before which a RIGHT-TO-LEFT MARK (U+200F,
 * invisible) is drawn. Poppler (pdftotext) puts a line of a right-to-left page back in reading
 * order by reversing its stretches of right-to-left text and keeping each stretch that starts
 * with a Latin letter or a digit as drawn, up to the next right-to-left letter. A space or
 * bracket drawn just left of a Latin word or a number (after it in reading order) was taken
 * into that stretch and came out before it ("2026 هي" read back as " 2026هي", "وبعدها. هل" as
 * "وبعدها .هل"). A mark after such a character, where the next one reads right to left and is
 * no letter, ends the stretch. Other readers drop it (a default-ignorable character, which the
 * checklist's normalisation drops too). Not between two such characters that both read right
 * to left ("......" of a line to fill in): their order is the same either way.
 */
function directionMarks(text: string, levels: readonly number[], from: number, to: number) {
  const bidi = loadBidi();
  const marks: number[] = [];
  for (let p = from; p + 1 < to; p += 1) {
    const here = bidi.getBidiCharTypeName(text[p]!);
    const next = bidi.getBidiCharTypeName(text[p + 1]!);
    if (!KEPT_AS_DRAWN.has(here) || STRONG_RTL.has(next) || levels[p + 1]! % 2 === 0) continue;
    if (levels[p]! % 2 === 1 && KEPT_AS_DRAWN.has(next)) continue;
    marks.push(p + 1);
  }
  return marks;
}

/**
 * A right-to-left piece as it is handed to the font engine, which reverses a run of a
 * right-to-left script itself (and joins its letters) but does not mirror brackets: "(" must
 * show as ")". A piece with no such letters (spaces and punctuation between two right-to-left
 * words) is reversed here.
 */
export function drawnText(piece: Pick<LinePiece, "text" | "rightToLeft">): string {
  if (!piece.rightToLeft) return piece.text;
  const mirrored = [...piece.text].map(mirror);
  return RTL_LETTER.test(piece.text) ? mirrored.join("") : mirrored.reverse().join("");
}
