import { compileTemplates, type TemplateSet } from "../../core/template/load-templates.js";
import type { ToolId } from "../../core/tools/tool-ids.js";
import { diskSource } from "./disk-source.js";

/** Reads and compiles the letter templates of folder `dir` on disk (see compileTemplates). */
export function loadTemplates(dir: string, tools: readonly ToolId[]): Promise<TemplateSet> {
  return compileTemplates(diskSource(dir), tools);
}
