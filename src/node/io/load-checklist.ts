import type { Checklist } from "../../core/checklist/checklist-schema.js";
import { parseChecklist } from "../../core/checklist/parse-checklist.js";
import { MAX_DATA_FILE_BYTES } from "../../core/yaml/parse-yaml-file.js";
import { yamlFieldAt } from "../../core/yaml/yaml-source.js";
import { readBoundedText } from "./read-bounded.js";

/** Reads a checklist.yaml on disk and validates it (see parseChecklist). */
export async function loadChecklist(
  file: string,
  toolIds?: readonly string[],
  extraFacts: readonly string[] = [],
): Promise<Checklist> {
  const text = await readBoundedText(file, MAX_DATA_FILE_BYTES, yamlFieldAt);
  return parseChecklist(text, file, toolIds, extraFacts);
}
