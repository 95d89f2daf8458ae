import { access, constants, mkdir } from "node:fs/promises";
import { UserError } from "../../core/errors/user-error.js";
import { errnoReason } from "../../core/files/errno-reason.js";

/** Creates `dir` if needed and checks it can be written in, before any letter is made. */
export async function ensureWritableDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (error) {
    throw new UserError("error.outUnwritable", { dir, reason: errnoReason(error) }, [], {
      cause: error,
    });
  }
}
