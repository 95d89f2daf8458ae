import type { ToolGuidesFile } from "../../core/guide/guide-facts-schema.js";
import { parseGuideFacts } from "../../core/guide/parse-guide-facts.js";
import type { ToolsFile } from "../../core/tools/tool-schema.js";
import { MAX_DATA_FILE_BYTES } from "../../core/yaml/parse-yaml-file.js";
import { yamlFieldAt } from "../../core/yaml/yaml-source.js";
import { readBoundedText } from "./read-bounded.js";

/** Reads tool-guides.yaml from disk, checked against the facts of `tools` (see parseGuideFacts). */
export async function loadGuideFacts(file: string, tools: ToolsFile): Promise<ToolGuidesFile> {
  const text = await readBoundedText(file, MAX_DATA_FILE_BYTES, yamlFieldAt);
  return parseGuideFacts(text, file, tools);
}
