import { normalizeText } from "../fields/normalize-text.js";

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The code point just before `index` (a surrogate pair counts as one), or "" at the start. */
function charBefore(text: string, index: number): string {
  if (index === 0) return "";
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return String.fromCodePoint(text.codePointAt(start)!);
}

/** The code point at `index`, or "" at the end. */
function charAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? "" : String.fromCodePoint(code);
}

/** Normalized text without its spaces, and where each remaining code unit was. */
interface Spaceless {
  readonly source: string;
  readonly text: string;
  readonly at: Int32Array;
}

let lastSpaceless: Spaceless | undefined;

function spaceless(text: string): Spaceless {
  if (lastSpaceless?.source === text) return lastSpaceless;
  const out = text.replaceAll(" ", "");
  const at = new Int32Array(out.length);
  let kept = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) !== 0x20) at[kept++] = i;
  }
  lastSpaceless = { source: text, text: out, at };
  return lastSpaceless;
}

/**
 * Where a profile value occurs in normalized text (see normalizeText), where a PDF may have
 * wrapped it over two lines: between any two characters one space may appear. Letters or digits
 * at the ends must not run on into a word. The search runs on the text with its spaces taken
 * out (normalized text has single spaces only), so no pattern is compiled per value: a batch
 * sees new values for every centre, and compiling a pattern for each cost up to half a
 * millisecond.
 */
export function findValue(text: string, value: string): number[] {
  const needle = normalizeText(value).replaceAll(" ", "");
  if (needle === "") return [];
  const wordStart = LETTER_OR_DIGIT.test(String.fromCodePoint(needle.codePointAt(0)!));
  const wordEnd = LETTER_OR_DIGIT.test([...needle.slice(-2)].at(-1)!);
  const haystack = spaceless(text);
  const found: number[] = [];
  for (
    let hit = haystack.text.indexOf(needle);
    hit >= 0;
    hit = haystack.text.indexOf(needle, hit + 1)
  ) {
    const start = haystack.at[hit]!;
    const end = haystack.at[hit + needle.length - 1]! + 1;
    if (wordStart && LETTER_OR_DIGIT.test(charBefore(text, start))) continue;
    if (wordEnd && LETTER_OR_DIGIT.test(charAt(text, end))) continue;
    found.push(start);
  }
  return found;
}
