import * as z from "zod";
import { firstInvisible } from "../files/invisible-characters.js";
import { normalizeText } from "./normalize-text.js";

/**
 * Field types shared by the profile and tools schemas. Each failure message is a message key
 * (see i18n/messages-nl.ts); `yaml/zod-issues.ts` translates it with the offending value.
 */

// C0 and C1 control characters, DEL, and the bidi/line separators that can hide text.
// Tab and newline are handled separately (allowed only in multi-line text).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/;

export const URL_SCHEMES = ["https:", "http:", "mailto:"] as const;

// Code points that are not characters: halves of a surrogate pair on their own, U+FFFE/U+FFFF.
const NOT_CHARACTER =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/;

function noControl(value: string): boolean {
  return !CONTROL.test(value) && !NOT_CHARACTER.test(value);
}

/**
 * Refuses an invisible or direction character (see invisible-characters.ts) with its name.
 * The YAML loader already refuses one typed into the file at its own line and column; this
 * catches one written as an escape ("\u202E") or sent by the web page's form.
 */
function refuseInvisible(value: string, ctx: z.core.$RefinementCtx<string>): void {
  const found = firstInvisible(value);
  if (!found) return;
  ctx.addIssue({
    code: "custom",
    message: found.kind === "direction" ? "profile.directionChar" : "profile.invisibleChar",
    params: { name: found.name, code: found.code },
  });
}

// A letter, digit, symbol or punctuation mark: a value of accents or joiners alone shows nothing.
const VISIBLE = /[\p{L}\p{N}\p{S}\p{P}]/u;

/**
 * Something visible in the text as the validator compares it (normalizeText): a modifier letter
 * such as "ͺ" (U+037A) decomposes to a space and an accent, and a lone skin tone is dropped, so
 * the validator would find nothing of such a value in the letter.
 */
const visible = (v: string) => VISIBLE.test(normalizeText(v));

/** Runs of spaces become one: the letter prints a value exactly as the profile holds it. */
const oneSpace = (value: string) => value.replace(/\s+/g, " ");

/** Text of at most `max` characters: trimmed, not empty, something visible, no control characters. */
function someText(max: number) {
  return (
    z
      .string({ error: "profile.wrongType" })
      .trim()
      .min(1, { error: "profile.empty" })
      .max(max, { error: "profile.tooLong" })
      .refine(noControl, { error: "profile.controlChars" })
      .superRefine(refuseInvisible)
      // An empty value is told "empty" only, not also "nothing visible".
      .refine((v) => v === "" || visible(v), { error: "profile.nothingVisible" })
  );
}

/** One line of text: trimmed, not empty, no control characters, bounded. */
export function line(max = 200) {
  return someText(max)
    .refine((v) => !/[\r\n\t]/.test(v), { error: "profile.newline" })
    .overwrite(oneSpace);
}

/** Free text that may span lines (a retention policy, say). */
export function text(max = 2000) {
  return someText(max).overwrite(oneSpace);
}

export function url() {
  return z
    .string({ error: "profile.wrongType" })
    .trim()
    .max(500, { error: "profile.tooLong" })
    .superRefine(refuseInvisible)
    .superRefine((value, ctx) => {
      let parsed: URL;
      try {
        parsed = new URL(value);
      } catch {
        ctx.addIssue({ code: "custom", message: "profile.url" });
        return;
      }
      if (!(URL_SCHEMES as readonly string[]).includes(parsed.protocol)) {
        ctx.addIssue({
          code: "custom",
          message: "profile.urlScheme",
          params: { scheme: parsed.protocol },
        });
        return;
      }
      const web = parsed.protocol !== "mailto:";
      if ((web && !parsed.hostname) || /\s/.test(value) || !noControl(value)) {
        ctx.addIssue({ code: "custom", message: "profile.url" });
      }
    });
}

export function email() {
  return z
    .string({ error: "profile.wrongType" })
    .trim()
    .pipe(z.email({ error: "profile.email" }));
}

export function phone() {
  return z
    .string({ error: "profile.wrongType" })
    .trim()
    .regex(/^\+?[0-9][0-9 ()./-]{4,28}[0-9]$/, { error: "profile.phone" });
}

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date written YYYY-MM-DD. Letters are dated from input, never from the clock. */
export function isoDate() {
  return z
    .string({ error: "profile.wrongType" })
    .trim()
    .refine(isRealDate, { error: "profile.date" });
}

export { isRealDate };
