import { readFile } from "node:fs/promises";
import { loadGuideInputs } from "../guide/guide-inputs.js";
import { templateDataFile } from "../template/template-data-file.js";
import { TOOL_IDS, type ToolId } from "../tools/tool-ids.js";
import { fileSha256, sha256 } from "./hash.js";
import { templateHash } from "./plan-batch.js";

/**
 * Per tool, the hash of everything its staff guide is made from besides the profile, tools.yaml
 * and checklist.yaml (which every plan hashes): the guide template and its partials, the
 * tools' guide facts and the guide checklist. Reading them also stops a run whose guide
 * templates are broken before any work starts.
 */
export async function guideHashes(templatesDir: string): Promise<Map<ToolId, string>> {
  const inputs = await loadGuideInputs(templatesDir, TOOL_IDS);
  const data = await Promise.all(
    (["guides/tool-guides.yaml", "guide-checklist.yaml"] as const).map(async (name) =>
      readFile(await templateDataFile(templatesDir, name)),
    ),
  );
  const dataHash = fileSha256(...data);
  return new Map(
    await Promise.all(
      TOOL_IDS.map(
        async (tool) =>
          [tool, sha256(await templateHash(inputs.templates, tool), dataHash)] as const,
      ),
    ),
  );
}
