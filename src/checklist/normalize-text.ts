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

/**
 * A pattern for a profile value that a PDF may have wrapped over two lines: between any two
 * characters one space may appear. Letters or digits at the ends must not run on into a word.
 */
export function valuePattern(value: string): RegExp {
  const normalized = normalizeText(value).trim();
  const body = [...normalized]
    .map((ch) => (ch === " " ? "\\s?" : ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("\\s?");
  const start = /^[\p{L}\p{N}]/u.test(normalized) ? "(?<![\\p{L}\\p{N}])" : "";
  const end = /[\p{L}\p{N}]$/u.test(normalized) ? "(?![\\p{L}\\p{N}])" : "";
  return new RegExp(`${start}${body}${end}`, "gu");
}
