import { readdir } from "node:fs/promises";
import path from "node:path";
import type { InputSource } from "../../core/files/input-source.js";
import { readBounded } from "./read-bounded.js";

/**
 * A folder on disk as the core's InputSource: `name` is joined to `dir`, and read with the same
 * size bound and messages as any other file of ours (readBounded). `redirects` sends a file or
 * a folder of the core's names elsewhere (`tools.yaml` to the shipped one when `dir` has none,
 * see templateDataFile); the longest matching name wins. Messages name the real path.
 */
export function diskSource(
  dir: string,
  redirects: Readonly<Record<string, string>> = {},
): InputSource {
  const moved = Object.keys(redirects).sort((a, b) => b.length - a.length);
  const where = (name: string): string => {
    const from = moved.find((m) => name === m || name.startsWith(`${m}/`));
    if (from !== undefined) {
      const rest = name.slice(from.length + 1);
      return rest === "" ? redirects[from]! : path.join(redirects[from]!, ...rest.split("/"));
    }
    // The folder itself as the caller wrote it: messages have always shown it so.
    return name === "" ? dir : path.join(dir, ...name.split("/"));
  };
  return {
    where,
    read: (name, max) => readBounded(where(name), max),
    list: (name) => readdir(where(name)).catch(() => [] as string[]),
  };
}
