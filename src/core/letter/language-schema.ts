import * as z from "zod";
import { line, text } from "../fields/field-types.js";
import { TOOL_ID_PATTERN } from "../tools/tool-ids.js";

/** ISO 639-1 code of a language folder (`templates/lang/<code>/`). */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}$/;

const slots = (max: number) => line(max);

/**
 * templates/lang/<code>/language.yaml: what a translation needs besides its templates. Data
 * only, so a new language is a new folder and never a change of code (docs/translations.md).
 */
export const LanguageSchema = z.strictObject({
  code: z.string().regex(LANGUAGE_CODE_PATTERN, { error: "language.code" }),
  /** BCP 47, for PDF /Lang, DOCX w:lang and HTML lang. */
  tag: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, { error: "language.tag" }),
  name: line(80),
  nativeName: line(80),
  nameNl: line(80),
  dir: z.enum(["ltr", "rtl"], { error: "language.dir" }),
  translator: line(300),
  reviewed: z.boolean({ error: "profile.wrongType" }),
  /** The notice at the top of every translation, in the language; `{date}` is the letter's date. */
  notice: text(400).refine((v) => v.includes("{date}"), { error: "language.noticeDate" }),
  months: z.array(line(40)).length(12, { error: "language.months" }),
  dateFormat: line(60).refine(
    (v) => ["{day}", "{month}", "{year}"].every((slot) => v.includes(slot)),
    { error: "language.dateFormat" },
  ),
  /**
   * What `{day}` is on the first of a month, where the language writes an ordinal there and a
   * plain number on the other days (French "1er septembre", "2 septembre"). Without it, "1".
   */
  firstDay: line(10).optional(),
  words: z.strictObject({
    versionLine: slots(120),
    pageBefore: z.string().max(40),
    pageBetween: z.string().max(40),
    logoOf: slots(120),
    description: slots(200),
  }),
  firstLayerEnd: line(100),
  /**
   * How `{{opsomming list}}` joins a list: `between` the items, `last` before the last one
   * (Dutch: ", " and " en "). Without it, commas only: never the Dutch "en" in a translation.
   */
  list: z
    .strictObject({ between: z.string().min(1).max(20), last: z.string().min(1).max(20) })
    .optional(),
});

export type Language = z.infer<typeof LanguageSchema>;

/**
 * One tool's prose in the language: the fields of tools.yaml a letter shows (TOOL_PROSE_FIELDS),
 * with the same shape. tests/unit/prose-fields.test.ts keeps the two lists equal.
 */
export const ToolProseSchema = z.strictObject({
  guestEnters: z.array(line(80)).min(1).optional(),
  collects: z.array(line(200)).min(1).optional(),
  admits: line(200).optional(),
  privacyLanguageNote: line(120).optional(),
});

/** templates/lang/<code>/tools.yaml: `tools: { <id>: { <field>: <translated value> } }`. */
export const LanguageToolsSchema = z.strictObject({
  tools: z
    .record(z.string().regex(TOOL_ID_PATTERN, { error: "tools.id" }), ToolProseSchema)
    .default({}),
});

export type LanguageTools = z.infer<typeof LanguageToolsSchema>;
