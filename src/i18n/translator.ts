import i18next, { type i18n } from "i18next";
import type { MessageParams } from "./message-params.js";
import { en } from "./messages-en.js";
import { type MessageKey, nl } from "./messages-nl.js";

export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** A translator for one language; an isolated i18next instance so library users are unaffected. */
export function createTranslator(lang: Language): Translate {
  const instance: i18n = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: "nl",
    initAsync: false,
    showSupportNotice: false,
    keySeparator: false,
    nsSeparator: false,
    // Messages go to a terminal, not to HTML: escaping would turn "&" into "&amp;".
    interpolation: { escapeValue: false },
    resources: { nl: { translation: nl }, en: { translation: en } },
  });
  return (key, params) => instance.t(key, params ?? {});
}
