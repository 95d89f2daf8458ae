import type { ToolsFile } from "../tools/tool-schema.js";
import { loadYamlFile } from "../yaml/load-yaml-file.js";
import { type ToolGuidesFile, toolGuidesFileSchema } from "./guide-facts-schema.js";

/** tool-guides.yaml, checked against the facts of `tools` (the tools.yaml in use). */
export function loadGuideFacts(file: string, tools: ToolsFile): Promise<ToolGuidesFile> {
  return loadYamlFile(file, toolGuidesFileSchema(tools), "guide.factsInvalid");
}
