import { UserError } from "../errors/user-error.js";
import { errnoReason } from "./errno-reason.js";

/** A file or folder that could not be read, as the user's problem: missing, or why not. */
export function fileError(file: string, error: unknown): UserError {
  const reason = errnoReason(error);
  if (reason === "ENOENT")
    return new UserError("error.fileMissing", { file }, [], { cause: error });
  return new UserError("error.fileUnreadable", { file, reason }, [], { cause: error });
}

/** A file refused unread because it holds more than `max` bytes. */
export function fileTooLarge(file: string, size: number, max: number): UserError {
  return new UserError("error.fileTooLarge", { file, size, max });
}
