import { fileError, fileTooLarge } from "./file-error.js";
import type { InputSource } from "./input-source.js";

/**
 * An InputSource held in memory, for the browser (the shipped templates bundled with the page)
 * and for tests: file name (`partials/rechten.md.hbs`) -> text or bytes. Messages name a file
 * `<root>/<name>` (just `<name>` without a root), as the page or the test calls it.
 */
export function memorySource(
  files: ReadonlyMap<string, string | Uint8Array>,
  root = "",
): InputSource {
  const encoder = new TextEncoder();
  const where = (name: string) => (root === "" ? name : name === "" ? root : `${root}/${name}`);
  return {
    where,
    async read(name, max) {
      const content = files.get(name);
      if (content === undefined) throw fileError(where(name), { code: "ENOENT" });
      const bytes = typeof content === "string" ? encoder.encode(content) : content;
      if (bytes.length > max) throw fileTooLarge(where(name), bytes.length, max);
      return bytes;
    },
    async list(name) {
      const prefix = name === "" ? "" : `${name}/`;
      const entries = new Set<string>();
      for (const file of files.keys()) {
        if (file.startsWith(prefix)) entries.add(file.slice(prefix.length).split("/")[0]!);
      }
      return [...entries];
    },
  };
}
