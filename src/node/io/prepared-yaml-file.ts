import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type PreparedYamlLookup, usePreparedYaml } from "../../core/yaml/prepared-yaml.js";

/**
 * The shipped templates' YAML files (tools.yaml, the checklists, the language folders' files),
 * parsed when the bundle is built (scripts/bundle.js) and written beside it, by their exact
 * text: a cold `generate` then takes their values from one JSON file instead of running the
 * yaml library over each (issue 30). Only the bundle has the file; from src/ or dist/ (the
 * tests) every text is parsed. An edited file is another text: it is parsed as before.
 */
export const PREPARED_YAML_FILE = "prepared-yaml.json";

export interface PreparedYamlFile {
  /** Each prepared text with its value as JSON. */
  readonly texts: readonly (readonly [text: string, json: string])[];
}

/** The texts of the file in `dir`, or undefined when it is missing, unreadable or damaged. */
export function readPreparedYaml(dir: string): ReadonlyMap<string, string> | undefined {
  try {
    const data = JSON.parse(
      readFileSync(path.join(dir, PREPARED_YAML_FILE), "utf8"),
    ) as PreparedYamlFile;
    if (!Array.isArray(data?.texts)) return undefined;
    const texts = new Map<string, string>();
    for (const entry of data.texts) {
      if (Array.isArray(entry) && typeof entry[0] === "string" && typeof entry[1] === "string")
        texts.set(entry[0], entry[1]);
    }
    return texts;
  } catch {
    return undefined;
  }
}

/**
 * From now on, YAML texts prepared in the file beside the running code are not parsed again.
 * The file is read at the first YAML text, not before: `--help` does not read it.
 */
export function usePreparedYamlBesideCode(
  dir = path.dirname(fileURLToPath(import.meta.url)),
): void {
  let texts: ReadonlyMap<string, string> | undefined | null;
  const lookup: PreparedYamlLookup = (text) => {
    if (texts === undefined) texts = readPreparedYaml(dir) ?? null;
    return texts?.get(text);
  };
  usePreparedYaml(lookup);
}
