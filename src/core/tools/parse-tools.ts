import type { InputSource } from "../files/input-source.js";
import { parseYamlFile, readYamlFile } from "../yaml/parse-yaml-file.js";
import { type ToolsFile, ToolsFileSchema } from "./tool-schema.js";

/** The tools of a tools.yaml's text; `file` names it in messages. */
export function parseTools(text: string, file: string): ToolsFile {
  return parseYamlFile(file, text, ToolsFileSchema, "tools.invalid");
}

/** The tools.yaml of a templates folder. */
export function readTools(source: InputSource, name = "tools.yaml"): Promise<ToolsFile> {
  return readYamlFile(source, name, ToolsFileSchema, "tools.invalid");
}
