import { fillSlots } from "../document/letter-words.js";
import type { HelperWords } from "../template/helpers.js";
import type { Language } from "./language-schema.js";

/**
 * "2026-11-23" in the language's words: its months and `dateFormat`, and `firstDay` for the
 * first of a month (French "1er"); digits stay 0-9.
 */
export function languageDate(language: Language, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? language.months[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  const day = Number(match[3]);
  return fillSlots(language.dateFormat, {
    day: day === 1 && language.firstDay ? language.firstDay : String(day),
    month,
    year: match[1]!,
  });
}

/** "a, b et c" with the language's `list` words; commas only when it gives none. */
export function languageList(language: Language, items: readonly string[]): string {
  const { between, last } = language.list ?? { between: ", ", last: ", " };
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(between)}${last}${items.at(-1)}`;
}

/** How `{{datum}}` and `{{opsomming}}` write in the language's templates. */
export function languageHelperWords(language: Language): HelperWords {
  return {
    date: (iso) => languageDate(language, iso),
    list: (items) => languageList(language, items),
  };
}
