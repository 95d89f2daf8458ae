import type { LetterMeta } from "./document.js";

/**
 * The letter's own words around its text (the page furniture and the file's metadata), in the
 * letter's language: the renderers take them from here and hold no words of their own. A new
 * letter language must add its words (tsc fails without them).
 */
export interface LetterWords {
  /** The footer's left part: "Versie 3 – 23 november 2026". */
  readonly versionLine: (version: string, dateText: string) => string;
  /** The footer's page count around the page number and the number of pages. */
  readonly page: { readonly before: string; readonly between: string };
  /** The logo's alternative text. */
  readonly logoOf: (centreName: string) => string;
  /** The DOCX file's description (its properties). */
  readonly description: (subject: string, version: string, dateText: string) => string;
}

const WORDS: Record<LetterMeta["lang"], LetterWords> = {
  "nl-BE": {
    versionLine: (version, dateText) => `Versie ${version} – ${dateText}`,
    page: { before: "Pagina ", between: " van " },
    logoOf: (centreName) => `Logo van ${centreName}`,
    description: (subject, version, dateText) => `${subject} – versie ${version}, ${dateText}`,
  },
};

export function letterWords(meta: Pick<LetterMeta, "lang">): LetterWords {
  return WORDS[meta.lang];
}
