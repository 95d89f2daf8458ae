import { loadYamlFile } from "../yaml/load-yaml-file.js";
import { type Checklist, checklistSchema } from "./checklist-schema.js";

/**
 * Reads checklist.yaml; with `toolIds` (those of tools.yaml) its `tools:` lists are checked too.
 * `when: tool.<fact>` may name a fact of tools.yaml, or one of `extraFacts` (a guide's facts).
 */
export function loadChecklist(
  file: string,
  toolIds?: readonly string[],
  extraFacts: readonly string[] = [],
): Promise<Checklist> {
  return loadYamlFile(file, checklistSchema(toolIds, extraFacts), "checklist.invalid");
}
