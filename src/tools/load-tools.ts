import { loadYamlFile } from "../yaml/load-yaml-file.js";
import { type ToolsFile, ToolsFileSchema } from "./tool-schema.js";

export function loadTools(file: string): Promise<ToolsFile> {
  return loadYamlFile(file, ToolsFileSchema, "tools.invalid");
}
