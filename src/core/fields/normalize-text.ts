/**
 * Makes text comparable however it was typed or extracted: lower case, no accents
 * (beëindigen = beeindigen), no emoji skin tones (the PDF's one-colour emoji font has none), no
 * invisible characters (joiners, variation selectors: a PDF reader may drop them),
 * typographic quotes and dashes made plain, a space between Arabic and digits or Latin letters,
 * all whitespace one space, and a word or address
 * wrapped after "-" or "/" joined again.
 */
export function normalizeText(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}|\p{Emoji_Modifier}|\p{Default_Ignorable_Code_Point}/gu, "")
      .toLowerCase()
      .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      // Arabic beside digits or Latin letters (a number, an address, a name) is drawn as runs
      // of their own, and a PDF reader gives them back without the space between them.
      .replace(
        /(?<=\p{Script=Arabic})(?=[\p{N}\p{Script=Latin}])|(?<=[\p{N}\p{Script=Latin}])(?=\p{Script=Arabic})/gu,
        " ",
      )
      .replace(/\s+/g, " ")
      // A PDF wraps a long word or web address after a hyphen or slash; put it back together.
      .replace(/(\S[-/]) (?=\S)/g, "$1")
  );
}
