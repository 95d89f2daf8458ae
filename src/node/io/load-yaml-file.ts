import type * as z from "zod";
import type { MessageKey } from "../../core/i18n/messages-nl.js";
import { MAX_DATA_FILE_BYTES, parseYamlFile } from "../../core/yaml/parse-yaml-file.js";
import { yamlFieldAt } from "../../core/yaml/yaml-source.js";
import { readBoundedText } from "./read-bounded.js";

/**
 * Reads a YAML data file (tools.yaml, checklist.yaml) from disk and validates it with its zod
 * schema (see parseYamlFile).
 */
export async function loadYamlFile<S extends z.ZodType>(
  file: string,
  schema: S,
  key: MessageKey,
): Promise<z.infer<S>> {
  const text = await readBoundedText(file, MAX_DATA_FILE_BYTES, yamlFieldAt);
  return parseYamlFile(file, text, schema, key);
}
