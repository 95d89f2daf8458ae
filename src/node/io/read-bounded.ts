import { readFile, stat } from "node:fs/promises";
import { decodeUtf8, type FieldAt } from "../../core/files/decode-utf8.js";
import { fileError, fileTooLarge } from "../../core/files/file-error.js";

export { fileError };

/** Reads a whole file, refusing one larger than `max` bytes before reading it. */
export async function readBounded(file: string, max: number): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error("not a file"), { code: "EISDIR" });
    size = info.size;
  } catch (error) {
    throw fileError(file, error);
  }
  if (size > max) throw fileTooLarge(file, size, max);
  try {
    return await readFile(file);
  } catch (error) {
    throw fileError(file, error);
  }
}

/** Reads a whole UTF-8 text file (see decodeUtf8), refusing one larger than `max` bytes. */
export async function readBoundedText(
  file: string,
  max: number,
  fieldAt?: FieldAt,
): Promise<string> {
  return decodeUtf8(file, await readBounded(file, max), fieldAt);
}
