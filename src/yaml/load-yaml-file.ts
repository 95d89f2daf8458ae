import type * as z from "zod";
import { type Problem, UserError } from "../errors/user-error.js";
import { readBoundedText } from "../files/read-bounded.js";
import type { MessageKey } from "../i18n/messages-nl.js";
import { boundProblems } from "./bound-problems.js";
import { parseYamlSource, yamlFieldAt } from "./yaml-source.js";
import { issuesToProblems } from "./zod-issues.js";

// What loading a data file changed and should tell (a soft hyphen taken out), by the data it
// returned: the same tools.yaml is loaded by several steps of one run, and the command that uses
// it tells its warnings once, as `generate` tells a profile's (`warningsOf`).
const loadWarnings = new WeakMap<object, readonly Problem[]>();

/** The warnings of the data file `data` was loaded from (none for data made in memory). */
export function warningsOf(data: object | undefined): readonly Problem[] {
  return (data && loadWarnings.get(data)) ?? [];
}

/**
 * Reads a YAML data file (tools.yaml, checklist.yaml) and validates it with its zod schema;
 * every problem is reported at once, located, under the message `key`.
 */
export async function loadYamlFile<S extends z.ZodType>(
  file: string,
  schema: S,
  key: MessageKey,
): Promise<z.infer<S>> {
  const text = await readBoundedText(file, 512 * 1024, yamlFieldAt);
  const { source, problems, warnings } = parseYamlSource(file, text);
  if (!source) throw new UserError(key, { file }, boundProblems(problems));
  const result = schema.safeParse(source.value, { reportInput: true });
  if (!result.success) {
    const all = issuesToProblems(result.error.issues, schema, source);
    throw new UserError(key, { file }, boundProblems(all));
  }
  const data: z.infer<S> = result.data;
  if (warnings.length > 0 && typeof data === "object" && data !== null)
    loadWarnings.set(data, boundProblems(warnings));
  return data;
}
