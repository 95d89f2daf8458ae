import type * as z from "zod";
import { UserError } from "../errors/user-error.js";
import { type InputSource, readText } from "../files/input-source.js";
import type { MessageKey } from "../i18n/messages-nl.js";
import { boundProblems } from "./bound-problems.js";
import { parseYamlSource, yamlFieldAt } from "./yaml-source.js";
import { issuesToProblems } from "./zod-issues.js";

/** A data file (tools.yaml, checklist.yaml) is a few dozen kilobytes; far more is a mistake. */
export const MAX_DATA_FILE_BYTES = 512 * 1024;

/**
 * Validates the text of a YAML data file (tools.yaml, checklist.yaml) with its zod schema;
 * every problem is reported at once, located in `file`, under the message `key`.
 */
export function parseYamlFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  key: MessageKey,
): z.infer<S> {
  const { source, problems } = parseYamlSource(file, text);
  if (!source) throw new UserError(key, { file }, boundProblems(problems));
  const result = schema.safeParse(source.value, { reportInput: true });
  if (!result.success) {
    const all = issuesToProblems(result.error.issues, schema, source);
    throw new UserError(key, { file }, boundProblems(all));
  }
  return result.data;
}

/** Reads the data file `name` of `source` and validates it (see parseYamlFile). */
export async function readYamlFile<S extends z.ZodType>(
  source: InputSource,
  name: string,
  schema: S,
  key: MessageKey,
): Promise<z.infer<S>> {
  const text = await readText(source, name, MAX_DATA_FILE_BYTES, yamlFieldAt);
  return parseYamlFile(source.where(name), text, schema, key);
}
