import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileError } from "../files/read-bounded.js";

/** The profile files in a folder (`*.yaml`, `*.yml`), sorted so every run sees the same order. */
export async function findProfiles(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    throw fileError(dir, error);
  }
  return entries
    .filter((entry) => /\.ya?ml$/i.test(entry) && !entry.startsWith("."))
    .sort()
    .map((entry) => path.join(dir, entry));
}
