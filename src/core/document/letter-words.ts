import type { LetterMeta } from "./document.js";

/**
 * The letter's own words around its text (the page furniture and the file's metadata), in the
 * letter's language, as data: a translation brings its own (templates/lang/<code>/language.yaml),
 * so the renderers hold no words of their own. Plain strings with `{name}` slots, not functions:
 * a document crosses to the batch's worker threads, which copy data only.
 */
export interface LetterWordsData {
  /** The footer's left part: "Versie {version} – {date}". */
  readonly versionLine: string;
  /** The footer's page count around the page number and the number of pages. */
  readonly pageBefore: string;
  readonly pageBetween: string;
  /** The logo's alternative text: "Logo van {centre}". */
  readonly logoOf: string;
  /** The DOCX file's description (its properties): "{subject} – versie {version}, {date}". */
  readonly description: string;
}

export const DUTCH_WORDS: LetterWordsData = {
  versionLine: "Versie {version} – {date}",
  pageBefore: "Pagina ",
  pageBetween: " van ",
  logoOf: "Logo van {centre}",
  description: "{subject} – versie {version}, {date}",
};

/** The language part of a Dutch letter's meta: its tag, direction and words, in one place. */
export const DUTCH: Pick<LetterMeta, "lang" | "dir" | "words"> = {
  lang: "nl-BE",
  dir: "ltr",
  words: DUTCH_WORDS,
};

/** The words as the renderers use them. */
export interface LetterWords {
  readonly versionLine: (version: string, dateText: string) => string;
  readonly page: { readonly before: string; readonly between: string };
  readonly logoOf: (centreName: string) => string;
  readonly description: (subject: string, version: string, dateText: string) => string;
}

/** Fills `{name}` slots; a slot without a value stays as it is, so a typo shows in the letter. */
export function fillSlots(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

export function letterWords(meta: Pick<LetterMeta, "words">): LetterWords {
  const words = meta.words;
  return {
    versionLine: (version, date) => fillSlots(words.versionLine, { version, date }),
    page: { before: words.pageBefore, between: words.pageBetween },
    logoOf: (centre) => fillSlots(words.logoOf, { centre }),
    description: (subject, version, date) =>
      fillSlots(words.description, { subject, version, date }),
  };
}
