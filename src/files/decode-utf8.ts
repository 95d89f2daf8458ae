import { isUtf8 } from "node:buffer";
import { UserError } from "../errors/user-error.js";

/** The field (`complaint.name`) at a 1-based line and column of a text, when it is data. */
export type FieldAt = (text: string, line: number, column: number) => string | undefined;

const MAX_EXCERPT = 60;

/**
 * Decodes a text file that must be UTF-8, without its byte order mark. A file saved in another
 * encoding (Windows' "ANSI", say) would otherwise print "co�rdinator" in every letter; it is
 * refused instead, naming the first line and column that is not UTF-8 and, with `fieldAt`, the
 * field there.
 */
export function decodeUtf8(file: string, bytes: Uint8Array, fieldAt?: FieldAt): string {
  if (isUtf8(bytes))
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString("utf8")
      .replace(/^\uFEFF/, "");
  const { line, column, excerpt } = firstNonUtf8(bytes);
  const lossy = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  const field = fieldAt?.(lossy.replace(/^\uFEFF/, ""), line, column);
  throw new UserError("error.notUtf8", { file }, [
    {
      file,
      line,
      column,
      ...(field === undefined ? {} : { field }),
      key: "error.notUtf8Here",
      params: { excerpt },
    },
  ]);
}

/**
 * Where the first byte that is not UTF-8 is: its line, its column (in characters) and the text
 * around it, read as Latin-1, which is what such a file nearly always is (Windows' "ANSI" differs
 * only in 0x80-0x9F, shown as "?" like other control characters: Node's TextDecoder treats
 * windows-1252 as Latin-1).
 */
function firstNonUtf8(bytes: Uint8Array): { line: number; column: number; excerpt: string } {
  let start = 0;
  let line = 1;
  // A line break byte is never part of a multi-byte UTF-8 character, so lines can be checked
  // one by one.
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const lineBytes = bytes.subarray(start, end);
    if (!isUtf8(lineBytes)) {
      const lossy = new TextDecoder("utf-8").decode(lineBytes);
      const column = lossy.indexOf("\uFFFD") + 1;
      const guessed = Buffer.from(lineBytes)
        .toString("latin1")
        .replace(/\r$/, "")
        // A file saved as UTF-16 (Notepad's "Unicode") starts with a byte order mark and has a
        // zero byte after each letter.
        .replace(line === 1 ? /^(\u00ff\u00fe|\u00fe\u00ff)/ : /^$/, "")
        .replace(/\0/g, "")
        .replace(/[\p{Cc}]/gu, "?");
      return { line, column, excerpt: excerptAround(guessed, column - 1) };
    }
    start = end + 1;
    line += 1;
  }
  return { line: 1, column: 1, excerpt: "" };
}

function excerptAround(text: string, index: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_EXCERPT) return trimmed;
  const offset = text.length - text.trimStart().length;
  const from = Math.max(
    0,
    Math.min(index - offset - MAX_EXCERPT / 2, trimmed.length - MAX_EXCERPT),
  );
  const cut = trimmed.slice(from, from + MAX_EXCERPT);
  return `${from > 0 ? "…" : ""}${cut}${from + MAX_EXCERPT < trimmed.length ? "…" : ""}`;
}
