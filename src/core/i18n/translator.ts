import i18next, { type i18n } from "i18next";
import type { MessageParams } from "./message-params.js";
import { en } from "./messages-en.js";
import { isMessageKey, type MessageKey, nl } from "./messages-nl.js";

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
  // A value that is itself a word of ours (`term.type.string`, put there by a layer that must not
  // pick the language) is said in this language too: the profile's checks name types and YAML
  // advice this way, and the CLI and the web page translate them alike.
  const words = (params: MessageParams = {}): MessageParams => {
    const said: MessageParams = {};
    for (const [name, value] of Object.entries(params)) {
      said[name] =
        typeof value === "string" && value.startsWith("term.") && isMessageKey(value)
          ? instance.t(value)
          : value;
    }
    return said;
  };
  return (key, params) => instance.t(key, words(params));
}
