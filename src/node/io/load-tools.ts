import path from "node:path";
import { parseTools } from "../../core/tools/parse-tools.js";
import type { ToolsFile } from "../../core/tools/tool-schema.js";
import { MAX_DATA_FILE_BYTES } from "../../core/yaml/parse-yaml-file.js";
import { yamlFieldAt } from "../../core/yaml/yaml-source.js";
import { DEFAULT_TEMPLATES_DIR } from "../../paths.js";
import { readBoundedText } from "./read-bounded.js";

/** Reads and validates a tools.yaml on disk (see parseTools). */
export async function loadTools(file: string): Promise<ToolsFile> {
  return parseTools(await readBoundedText(file, MAX_DATA_FILE_BYTES, yamlFieldAt), file);
}

let shipped: Promise<ToolsFile> | undefined;

/** The tools.yaml that ships with the package, read once per process. */
export function loadShippedTools(): Promise<ToolsFile> {
  shipped ??= loadTools(path.join(DEFAULT_TEMPLATES_DIR, "tools.yaml"));
  return shipped;
}
