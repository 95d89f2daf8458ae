/**
 * Profile values are data, never markup. Every string from a profile or tools.yaml is escaped
 * before it reaches a template, so `CLB *Noord* [x](y) {{z}}` prints literally in every format.
 *
 * CommonMark lets any ASCII punctuation be escaped with a backslash, in text and in link
 * destinations alike (spec 2.4), so escaping all of it is always safe. Runs of whitespace,
 * newlines included, become one space: a value can never start a new block.
 */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

export function escapeMarkdown(value: string): string {
  return value.replace(/\s+/g, " ").replace(ASCII_PUNCTUATION, "\\$&");
}

/** The inverse of escapeMarkdown (whitespace aside): for helpers that need the raw value. */
export function unescapeMarkdown(value: string): string {
  return value.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

/** Escapes every string in a plain data tree; other values are kept as they are. */
export function escapeDeep<T>(value: T): T {
  if (typeof value === "string") return escapeMarkdown(value) as T;
  if (Array.isArray(value)) return value.map((item) => escapeDeep(item)) as T;
  if (value instanceof Uint8Array) return value;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = escapeDeep(item);
    return out as T;
  }
  return value;
}
