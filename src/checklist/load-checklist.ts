import { loadYamlFile } from "../yaml/load-yaml-file.js";
import { type Checklist, checklistSchema } from "./checklist-schema.js";

/** Reads checklist.yaml; with `toolIds` (those of tools.yaml) its `tools:` lists are checked too. */
export function loadChecklist(file: string, toolIds?: readonly string[]): Promise<Checklist> {
  return loadYamlFile(file, checklistSchema(toolIds), "checklist.invalid");
}
