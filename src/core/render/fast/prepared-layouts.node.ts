import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread } from "node:worker_threads";
import type { PreparedLayouts, PreparedWord } from "./prepared-words.js";

/**
 * The words of the shipped templates and example profiles, laid out by fontkit when the bundle
 * was built (scripts/bundle.js), read from the file beside the running code: only the bundle has
 * one, made from that same bundle, so the code from src/ or dist/ (the tests) lays out every
 * word itself. Shaping the first words of a process cost a quarter of a one-letter `generate`
 * (decoding the fonts' substitution and positioning tables, compiling fontkit's shaper).
 *
 * A face's words are used only when the file was made with the same fontkit and pdfkit
 * versions and from the same font bytes; a missing, unreadable or damaged file, or another
 * font, and every word is laid out as before: the file can only make a letter faster.
 */
export const PREPARED_LAYOUTS_FILE = "prepared-layouts.json";

const require = createRequire(import.meta.url);

let file: PreparedLayouts | null | undefined;

/** The prepared words of `face`, if they were made from the font bytes `fontBytes`. */
export function preparedWords(
  face: string,
  fontBytes: Uint8Array,
): readonly PreparedWord[] | undefined {
  file ??= readPrepared();
  const prepared = file?.faces[face];
  if (!prepared || prepared.font !== sha256(fontBytes)) return undefined;
  return Array.isArray(prepared.words) ? prepared.words : undefined;
}

function readPrepared(): PreparedLayouts | null {
  // Not in the batch's worker threads: a worker makes hundreds of letters and keeps every word
  // it shaped for the next letter (SHARED_LAYOUTS), so the file saves it only its first letter's
  // shaping, while holding it cost each worker 10-25 MB (docs/performance.md).
  if (!isMainThread) return null;
  try {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const data = JSON.parse(readFileSync(path.join(here, PREPARED_LAYOUTS_FILE), "utf8"));
    const libraries = layoutLibraries();
    if (data?.fontkit !== libraries.fontkit || data?.pdfkit !== libraries.pdfkit) return null;
    return typeof data.faces === "object" && data.faces !== null ? data : null;
  } catch {
    return null;
  }
}

/** The installed versions of the two libraries that lay a word out (the file records them). */
export function layoutLibraries(): { fontkit: string; pdfkit: string } {
  return { fontkit: versionOf("fontkit"), pdfkit: versionOf("pdfkit") };
}

// Neither package exports its package.json: it is found above the file the package resolves to.
function versionOf(name: string): string {
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    try {
      const json = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
      if (json.name === name) return String(json.version);
    } catch {
      // No package.json here: look one folder up.
    }
    const up = path.dirname(dir);
    if (up === dir) return "";
    dir = up;
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
