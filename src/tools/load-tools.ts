import path from "node:path";
import { DEFAULT_TEMPLATES_DIR } from "../paths.js";
import { loadYamlFile } from "../yaml/load-yaml-file.js";
import { type ToolsFile, ToolsFileSchema } from "./tool-schema.js";

export function loadTools(file: string): Promise<ToolsFile> {
  return loadYamlFile(file, ToolsFileSchema, "tools.invalid");
}

let shipped: Promise<ToolsFile> | undefined;

/** The tools.yaml that ships with the package, read once per process. */
export function loadShippedTools(): Promise<ToolsFile> {
  shipped ??= loadTools(path.join(DEFAULT_TEMPLATES_DIR, "tools.yaml"));
  return shipped;
}
