import type * as z from "zod";
import { type Problem, UserError } from "../errors/user-error.js";
import { type InputSource, readText } from "../files/input-source.js";
import type { MessageKey } from "../i18n/messages-nl.js";
import { boundProblems } from "./bound-problems.js";
import { parseYamlSource, yamlFieldAt } from "./yaml-source.js";
import { issuesToProblems } from "./zod-issues.js";

/** A data file (tools.yaml, checklist.yaml) is a few dozen kilobytes; far more is a mistake. */
export const MAX_DATA_FILE_BYTES = 512 * 1024;

// What parsing a data file changed and should tell (a soft hyphen taken out), by the data it
// returned: the same tools.yaml is read by several steps of one run, and the command that uses
// it tells its warnings once, as `generate` tells a profile's (`warningsOf`).
const parseWarnings = new WeakMap<object, readonly Problem[]>();

/** The warnings of the data file `data` was parsed from (none for data made in memory). */
export function warningsOf(data: object | undefined): readonly Problem[] {
  return (data && parseWarnings.get(data)) ?? [];
}

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
  const { source, problems, warnings } = parseYamlSource(file, text);
  if (!source) throw new UserError(key, { file }, boundProblems(problems));
  const result = schema.safeParse(source.value, { reportInput: true });
  if (!result.success) {
    const all = issuesToProblems(result.error.issues, schema, source);
    throw new UserError(key, { file }, boundProblems(all));
  }
  const data: z.infer<S> = result.data;
  if (warnings.length > 0 && typeof data === "object" && data !== null)
    parseWarnings.set(data, boundProblems(warnings));
  return data;
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
