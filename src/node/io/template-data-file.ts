import { access } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_TEMPLATES_DIR } from "../../paths.js";

/**
 * A data file that belongs with the templates (tools.yaml, checklist.yaml): the one in the
 * templates folder, or the shipped one when that folder has none.
 */
export async function templateDataFile(
  templatesDir: string,
  name: "tools.yaml" | "checklist.yaml" | "guide-checklist.yaml" | "guides/tool-guides.yaml",
): Promise<string> {
  const own = path.join(templatesDir, name);
  try {
    await access(own);
    return own;
  } catch {
    return path.join(DEFAULT_TEMPLATES_DIR, name);
  }
}
