import { access } from "node:fs/promises";
import path from "node:path";
import { type GuideInputs, readGuideInputs } from "../../core/guide/guide-inputs.js";
import type { ToolId } from "../../core/tools/tool-ids.js";
import type { ToolsFile } from "../../core/tools/tool-schema.js";
import { DEFAULT_TEMPLATES_DIR } from "../../paths.js";
import { diskSource } from "./disk-source.js";
import { templateDataFile } from "./template-data-file.js";

/**
 * The guide templates of a templates folder: `<dir>/guides`, or the shipped ones when that
 * folder has none (a folder with edited letters only still gets the standard guides).
 */
export async function guideTemplatesDir(templatesDir: string): Promise<string> {
  const own = path.join(templatesDir, "guides");
  try {
    await access(own);
    return own;
  } catch {
    return path.join(DEFAULT_TEMPLATES_DIR, "guides");
  }
}

/**
 * Where the guides' files of `templatesDir` are, as redirects of a diskSource: each from the
 * folder itself, or the shipped one where it has none (see templateDataFile, guideTemplatesDir).
 */
export async function guideRedirects(templatesDir: string): Promise<Record<string, string>> {
  const [facts, guides, checklist] = await Promise.all([
    templateDataFile(templatesDir, "guides/tool-guides.yaml"),
    guideTemplatesDir(templatesDir),
    templateDataFile(templatesDir, "guide-checklist.yaml"),
  ]);
  return {
    "guides/tool-guides.yaml": facts,
    guides,
    "guide-checklist.yaml": checklist,
  };
}

/** Reads what the guides of `tools` need from a templates folder on disk (see readGuideInputs). */
export async function loadGuideInputs(
  templatesDir: string,
  tools: readonly ToolId[],
  toolsFile: ToolsFile,
): Promise<GuideInputs> {
  const source = diskSource(templatesDir, await guideRedirects(templatesDir));
  return readGuideInputs(source, tools, toolsFile);
}
