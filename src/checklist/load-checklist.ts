import { loadYamlFile } from "../yaml/load-yaml-file.js";
import { type Checklist, ChecklistSchema } from "./checklist-schema.js";

export function loadChecklist(file: string): Promise<Checklist> {
  return loadYamlFile(file, ChecklistSchema, "checklist.invalid");
}
