import type { InputSource } from "../files/input-source.js";
import { parseYamlFile, readYamlFile } from "../yaml/parse-yaml-file.js";
import { type Checklist, checklistSchema } from "./checklist-schema.js";

/**
 * The clauses of a checklist.yaml's text; `file` names it in messages. With `toolIds` (those of
 * tools.yaml) its `tools:` lists are checked too. `when: tool.<fact>` may name a fact of
 * tools.yaml, or one of `extraFacts` (a guide's facts).
 */
export function parseChecklist(
  text: string,
  file: string,
  toolIds?: readonly string[],
  extraFacts: readonly string[] = [],
): Checklist {
  return parseYamlFile(file, text, checklistSchema(toolIds, extraFacts), "checklist.invalid");
}

/** The checklist file `name` (`checklist.yaml`) of a templates folder (see parseChecklist). */
export function readChecklist(
  source: InputSource,
  name: string,
  toolIds?: readonly string[],
  extraFacts: readonly string[] = [],
): Promise<Checklist> {
  return readYamlFile(source, name, checklistSchema(toolIds, extraFacts), "checklist.invalid");
}
