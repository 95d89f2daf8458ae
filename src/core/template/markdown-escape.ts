/**
 * Profile values are data, never markup: every string from a profile or tools.yaml is escaped
 * before it reaches a template, so `CLB *Noord* [x](y) {{z}}` prints literally in every format.
 *
 * Only what CommonMark would read as markup gets a backslash, because the Markdown letter is
 * meant to be pasted into an e-mail and read as plain text: "CLB-dossiers; zie (bijlage)" stays
 * as it is. Runs of whitespace, newlines included, become one space, so a value can never start
 * a new block of its own; a value that may stand at the start of a line has its block marker
 * (`#`, `>`, `-`, `+`, `=`, `1.`) escaped.
 */

/** Characters that open or close inline markup anywhere in a line (CommonMark 6.x). */
const INLINE = /[\\`*[\]<]/g;
/** `_` makes emphasis only next to a space or punctuation; inside a word (`ayse_celik`) it is text. */
const UNDERSCORE = /_/g;
/** An entity or numeric reference (`&amp;`, `&#65;`) would be decoded; a lone `&` is text. */
const ENTITY = /&(?=#?[0-9A-Za-z]+;)/g;
/**
 * A block marker at the start of the value: a quote, a heading or list item (marker, then a
 * space or the end), a thematic break or setext underline (`---`, `===`). `+32 3 555 12 34`
 * and `#1` are no markers and stay as they are.
 */
const BLOCK_START = /^(?:>|#{1,6}(?= |$)|[+-](?= |$)|[-=](?=[-= ]*$)|\d{1,9}(?=[.)](?: |$)))/;
/** A closing sequence of an ATX heading: `Titel #` would lose the `#`. */
const HEADING_CLOSE = /(^|\s)(#+)$/;

const wordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

export function escapeMarkdown(value: string): string {
  let out = value.replace(/\s+/g, " ");
  out = out.replace(INLINE, "\\$&");
  out = out.replace(UNDERSCORE, (match, offset: number, whole: string) =>
    wordChar(whole[offset - 1]) && wordChar(whole[offset + 1]) ? match : "\\_",
  );
  out = out.replace(ENTITY, "\\&");
  out = out.replace(HEADING_CLOSE, (_match, before: string, hashes: string) => {
    return `${before}${hashes.replace(/#/g, "\\#")}`;
  });
  const start = BLOCK_START.exec(out);
  if (start) {
    const marker = start[0];
    // A list number keeps its digits; the `.` or `)` after it is what makes the list.
    out = /\d/.test(marker) ? `${marker}\\${out.slice(marker.length)}` : `\\${out}`;
  }
  return out;
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
