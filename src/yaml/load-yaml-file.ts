import type * as z from "zod";
import { UserError } from "../errors/user-error.js";
import { readBoundedText } from "../files/read-bounded.js";
import type { MessageKey } from "../i18n/messages-nl.js";
import { boundProblems } from "./bound-problems.js";
import { parseYamlSource, yamlFieldAt } from "./yaml-source.js";
import { issuesToProblems } from "./zod-issues.js";

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
  const { source, problems } = parseYamlSource(file, text);
  if (!source) throw new UserError(key, { file }, boundProblems(problems));
  const result = schema.safeParse(source.value, { reportInput: true });
  if (!result.success) {
    const all = issuesToProblems(result.error.issues, schema, source);
    throw new UserError(key, { file }, boundProblems(all));
  }
  return result.data;
}
