import type { InputSource } from "../files/input-source.js";
import type { ToolsFile } from "../tools/tool-schema.js";
import { parseYamlFile, readYamlFile } from "../yaml/parse-yaml-file.js";
import { type ToolGuidesFile, toolGuidesFileSchema } from "./guide-facts-schema.js";

/** The text of a tool-guides.yaml, checked against the facts of `tools` (the tools.yaml in use). */
export function parseGuideFacts(text: string, file: string, tools: ToolsFile): ToolGuidesFile {
  return parseYamlFile(file, text, toolGuidesFileSchema(tools), "guide.factsInvalid");
}

/** The tool-guides.yaml of a templates folder (see parseGuideFacts). */
export function readGuideFacts(
  source: InputSource,
  name: string,
  tools: ToolsFile,
): Promise<ToolGuidesFile> {
  return readYamlFile(source, name, toolGuidesFileSchema(tools), "guide.factsInvalid");
}
