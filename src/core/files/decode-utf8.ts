import { UserError } from "../errors/user-error.js";

/** The field (`complaint.name`) at a 1-based line and column of a text, when it is data. */
export type FieldAt = (text: string, line: number, column: number) => string | undefined;

const MAX_EXCERPT = 60;

// `ignoreBOM` keeps a byte order mark in the text, as Node's Buffer did: decodeUtf8 drops the
// first one itself, and a second one (two files pasted together) is the checks' to find.
const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lossy = new TextDecoder("utf-8", { ignoreBOM: true });
// Columns are counted after a leading byte order mark, which an editor does not show.
const columns = new TextDecoder("utf-8");

/** Whether `bytes` are valid UTF-8 (what node:buffer's isUtf8 said, in any JavaScript runtime). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a text file that must be UTF-8, without its byte order mark. A file saved in another
 * encoding (Windows' "ANSI", say) would otherwise print "co�rdinator" in every letter; it is
 * refused instead, naming the first line and column that is not UTF-8 and, with `fieldAt`, the
 * field there. A file that is not text at all (see notTextAt) is refused as such, and nothing
 * of it is shown: its bytes could be a terminal's escape sequences.
 */
export function decodeUtf8(file: string, bytes: Uint8Array, fieldAt?: FieldAt): string {
  const utf16 = hasUtf16Mark(bytes);
  if (!utf16) {
    const control = firstControlByte(bytes);
    if (control >= 0) throw notText(file, bytes, control);
  }
  let text: string | undefined;
  try {
    text = strict.decode(bytes);
  } catch {
    // Not UTF-8: located below.
  }
  if (text !== undefined) return text.replace(/^\uFEFF/, "");
  const { line, column, excerpt } = firstNonUtf8(bytes);
  const field = fieldAt?.(lossy.decode(bytes).replace(/^\uFEFF/, ""), line, column);
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

/** Notepad's "Unicode" (UTF-16) is text in another encoding, not binary: it gets the UTF-8 advice. */
function hasUtf16Mark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * The offset of the first byte no text file holds: NUL, or a C0 control other than tab, line
 * feed and carriage return (form feed and vertical tab included: no editor writes them into a
 * profile or template), or -1. These bytes never occur inside a UTF-8 multi-byte character,
 * and in any 8-bit encoding they mean the same, so the check needs no decoding. DEL and the C1
 * controls are left to the fields (they are refused in every value) and to the CLI, which
 * shows any control character it prints as <U+...>.
 */
function firstControlByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i]!;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return i;
  }
  return -1;
}

/** The refusal of a file that is not text: its first control byte's line, column and code. */
function notText(file: string, bytes: Uint8Array, offset: number): UserError {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  // Columns count characters, as editors do: the continuation bytes of UTF-8 are not counted.
  let column = 1;
  for (let i = lineStart; i < offset; i += 1) if ((bytes[i]! & 0xc0) !== 0x80) column += 1;
  const code = `U+${bytes[offset]!.toString(16).toUpperCase().padStart(4, "0")}`;
  return new UserError("error.notText", { file }, [
    { file, line, column, key: "error.notTextHere", params: { code } },
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
      const column = columns.decode(lineBytes).indexOf("\uFFFD") + 1;
      const guessed = latin1(lineBytes)
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

/**
 * Bytes read as ISO 8859-1, one character per byte. Not TextDecoder("latin1"): the WHATWG
 * encodings make that label windows-1252, which turns 0x80-0x9F into other characters.
 */
function latin1(bytes: Uint8Array): string {
  let text = "";
  // In pieces: fromCharCode takes its bytes as arguments, and a stack holds only so many.
  for (let i = 0; i < bytes.length; i += 8192) {
    text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return text;
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
