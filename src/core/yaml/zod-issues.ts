import { closest, distance } from "fastest-levenshtein";
import * as z from "zod";
import type { MessageParams, Problem } from "../errors/user-error.js";
import { type MessageKey, nl } from "../i18n/messages-nl.js";
import { unwrapSchema } from "./unwrap-schema.js";
import type { YamlSource } from "./yaml-source.js";

type Issue = z.core.$ZodIssue;

// zod's type names ("string", "int") as words of ours: message keys the translator puts in the
// user's language (i18n/translator.ts, `term.`), never zod's English in a Dutch sentence.
const TYPE_WORDS: Record<string, MessageKey> = {
  string: "term.type.string",
  number: "term.type.number",
  int: "term.type.integer",
  boolean: "term.type.boolean",
  array: "term.type.array",
  object: "term.type.object",
  undefined: "term.type.nothing",
  null: "term.type.nothing",
};

function typeWord(value: unknown): MessageKey {
  if (Array.isArray(value)) return TYPE_WORDS.array!;
  if (value === null) return TYPE_WORDS.null!;
  return TYPE_WORDS[typeof value] ?? "term.type.other";
}

function isMessageKey(message: string): message is MessageKey {
  return Object.hasOwn(nl, message);
}

/** Suggests the field a user probably meant, or nothing when no known field is close. */
export function suggest(word: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lower = word.toLowerCase();
  const exactCase = known.find((k) => k.toLowerCase() === lower);
  if (exactCase) return exactCase;
  const best = closest(word, [...known]);
  const limit = Math.max(2, Math.floor(word.length * 0.4));
  return distance(lower, best.toLowerCase()) <= limit ? best : undefined;
}

/** The keys an object schema accepts at `path`, for "did you mean" suggestions. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const segment of [...path, null]) {
    current = current && unwrapSchema(current);
    if (segment === null) break;
    if (current instanceof z.ZodObject) current = current.shape[String(segment)] as z.ZodType;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === "number" ? `[${p}]` : String(p)))
    .join(".")
    .replace(/\.\[/g, "[");
}

/**
 * Values a schema's own messages show, by message key (the profile's age range for
 * "profile.age"), given by the schema's owner so this module needs no schema.
 */
export type MessageExtras = Partial<Record<MessageKey, MessageParams>>;

/** Turns zod issues into located problems, one per issue (one per unknown key). */
export function issuesToProblems(
  issues: readonly Issue[],
  schema: z.ZodType,
  source: YamlSource,
  extras: MessageExtras = {},
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path;
    if (issue.code === "unrecognized_keys") {
      const known = knownKeysAt(schema, path);
      for (const key of issue.keys) {
        const suggestion = suggest(key, known);
        problems.push({
          file: source.file,
          ...source.locate([...path, key], "key"),
          field: fieldName([...path, key]),
          key: suggestion ? "profile.unknownFieldSuggest" : "profile.unknownField",
          params: suggestion ? { key, suggestion } : { key },
        });
      }
      continue;
    }
    const input = "input" in issue ? issue.input : undefined;
    const { key, params } = describe(issue, input, extras, source.raw(path));
    problems.push({
      file: source.file,
      ...source.locate(path),
      field: fieldName(path),
      key,
      params,
    });
  }
  return problems.sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

function describe(
  issue: Issue,
  input: unknown,
  extras: MessageExtras,
  /** The value as the file writes it (`09000`, not the number 9000 YAML made of it). */
  raw: string | undefined,
): { key: MessageKey; params: MessageParams } {
  const value = typeof input === "string" ? input : (JSON.stringify(input) ?? "");
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  if (issue.code === "invalid_type") {
    // A field whose absence needs more than "fill it in" names its own key (profile.dpoMissing).
    if (input === undefined) {
      const own = isMessageKey(issue.message) && issue.message.endsWith("Missing");
      return { key: own ? (issue.message as MessageKey) : "profile.missing", params: {} };
    }
    // A check with a message of its own says more than "expected int": the age's
    // `.int({ error: "profile.age" })` on 12.5, a field whose old form needs explaining
    // (profile.retentionText).
    if (isMessageKey(issue.message) && issue.message !== "profile.wrongType") {
      return { key: issue.message, params: { value: String(input), ...extras[issue.message] } };
    }
    const expected = TYPE_WORDS[issue.expected] ?? "term.type.other";
    const received = typeWord(input);
    // `postalCode: 9000` is a number to YAML: the fix is quotes, around the text as written.
    if (issue.expected === "string" && (typeof input === "number" || typeof input === "boolean")) {
      return { key: "profile.quoteIt", params: { received, value: raw ?? String(input) } };
    }
    return { key: "profile.wrongType", params: { expected, received } };
  }
  const base: MessageParams = { value: shown };
  if (issue.code === "too_big") base.length = typeof input === "string" ? input.length : 0;
  if (issue.code === "too_small" || issue.code === "too_big") {
    base.min = Number("minimum" in issue ? issue.minimum : 0);
    base.max = Number("maximum" in issue ? issue.maximum : 0);
  }
  // A bad key of a record (a tool id in tools.yaml): the key's own issue says what is wrong.
  if (issue.code === "invalid_key") {
    const inner = issue.issues[0]?.message ?? "";
    return { key: isMessageKey(inner) ? inner : "profile.invalidValue", params: base };
  }
  if (issue.code === "invalid_value") base.choices = issue.values.map(String).join(", ");
  if (issue.code === "custom" && issue.params) {
    for (const [k, v] of Object.entries(issue.params)) {
      if (typeof v === "string" || typeof v === "number") base[k] = v;
    }
  }
  const key = isMessageKey(issue.message) ? issue.message : "profile.invalidValue";
  Object.assign(base, extras[key]);
  return { key, params: base };
}
