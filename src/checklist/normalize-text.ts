/**
 * Makes text comparable however it was typed or extracted: lower case, no accents
 * (beëindigen = beeindigen), typographic quotes and dashes made plain, all whitespace one space,
 * and a word or address wrapped after "-" or "/" joined again.
 */
export function normalizeText(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      .replace(/\s+/g, " ")
      // A PDF wraps a long word or web address after a hyphen or slash; put it back together.
      .replace(/(\S[-/]) (?=\S)/g, "$1")
  );
}

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

/**
 * Where a profile value occurs in normalized text, where a PDF may have wrapped it over two
 * lines: between any two characters one space may appear. Letters or digits at the ends must
 * not run on into a word. That boundary test is done here rather than in the pattern: a pattern
 * with Unicode property classes costs almost a millisecond to compile, once per centre and value.
 */
export function findValue(text: string, value: string): number[] {
  const chars = [...normalizeText(value).trim()];
  const body = chars
    .map((ch) => (ch === " " ? "\\s?" : ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("\\s?");
  const wordStart = LETTER_OR_DIGIT.test(chars[0] ?? "");
  const wordEnd = LETTER_OR_DIGIT.test(chars.at(-1) ?? "");
  const found: number[] = [];
  for (const match of text.matchAll(new RegExp(body, "g"))) {
    if (wordStart && LETTER_OR_DIGIT.test(charBefore(text, match.index))) continue;
    if (wordEnd && LETTER_OR_DIGIT.test(charAt(text, match.index + match[0].length))) continue;
    found.push(match.index);
  }
  return found;
}
