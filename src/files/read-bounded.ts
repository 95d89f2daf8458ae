import { readFile, stat } from "node:fs/promises";
import { UserError } from "../errors/user-error.js";
import { decodeUtf8, type FieldAt } from "./decode-utf8.js";
import { errnoReason } from "./errno-reason.js";

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
  if (size > max) throw new UserError("error.fileTooLarge", { file, size, max });
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

/** A file or folder that could not be read, as the user's problem: missing, or why not. */
export function fileError(file: string, error: unknown): UserError {
  const reason = errnoReason(error);
  if (reason === "ENOENT")
    return new UserError("error.fileMissing", { file }, [], { cause: error });
  return new UserError("error.fileUnreadable", { file, reason }, [], { cause: error });
}
