import { loadYamlFile } from "../yaml/load-yaml-file.js";
import { type ToolGuidesFile, ToolGuidesFileSchema } from "./guide-facts-schema.js";

export function loadGuideFacts(file: string): Promise<ToolGuidesFile> {
  return loadYamlFile(file, ToolGuidesFileSchema, "guide.factsInvalid");
}
