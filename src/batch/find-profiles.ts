import { readdir } from "node:fs/promises";
import path from "node:path";
import { UserError } from "../errors/user-error.js";

/** The profile files in a folder (`*.yaml`, `*.yml`), sorted so every run sees the same order. */
export async function findProfiles(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code === "ENOENT")
      throw new UserError("error.fileMissing", { file: dir }, [], { cause: error });
    throw new UserError("error.fileUnreadable", { file: dir, reason: code }, [], { cause: error });
  }
  return entries
    .filter((entry) => /\.ya?ml$/i.test(entry) && !entry.startsWith("."))
    .sort()
    .map((entry) => path.join(dir, entry));
}
