import { readdir } from "node:fs/promises";
import path from "node:path";
import { UserError } from "../../core/errors/user-error.js";
import { errnoReason } from "../../core/files/errno-reason.js";
import { fileError } from "./read-bounded.js";

/**
 * The profile files in a folder (`*.yaml`, `*.yml`), sorted so every run sees the same order.
 * A folder that is missing or is a file is refused with what --profiles expects.
 */
export async function findProfiles(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    const reason = errnoReason(error);
    if (reason === "ENOENT")
      throw new UserError("profiles.dirMissing", { dir }, [], { cause: error });
    if (reason === "ENOTDIR")
      throw new UserError("profiles.notADir", { dir }, [], { cause: error });
    throw fileError(dir, error);
  }
  return entries
    .filter((entry) => /\.ya?ml$/i.test(entry) && !entry.startsWith("."))
    .sort()
    .map((entry) => path.join(dir, entry));
}
