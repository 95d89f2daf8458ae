import { readFile } from "node:fs/promises";
import { type GuideInputs, toolsWithGuides } from "../guide/guide-inputs.js";
import { templateDataFile } from "../io/template-data-file.js";
import type { ToolId } from "../tools/tool-ids.js";
import { fileSha256, sha256 } from "./hash.js";
import { templateHash } from "./plan-batch.js";

/**
 * Per tool, the hash of everything its staff guide is made from besides the profile, tools.yaml
 * and checklist.yaml (which every plan hashes): the guide template and its partials, the
 * tools' guide facts and the guide checklist. Reading them also stops a run whose guide
 * templates are broken before any work starts. Only tools with guide facts have a guide (and a
 * hash); the others' guides are skipped.
 */
export async function guideHashes(
  templatesDir: string,
  tools: readonly ToolId[],
  /** The guide inputs of `templatesDir`, as the caller read them (checked against its tools). */
  inputs: GuideInputs,
): Promise<Map<ToolId, string>> {
  const data = await Promise.all(
    (["guides/tool-guides.yaml", "guide-checklist.yaml"] as const).map(async (name) =>
      readFile(await templateDataFile(templatesDir, name)),
    ),
  );
  const dataHash = fileSha256(...data);
  return new Map(
    await Promise.all(
      toolsWithGuides(inputs.facts, tools).map(
        async (tool) =>
          [tool, sha256(await templateHash(inputs.templates, tool), dataHash)] as const,
      ),
    ),
  );
}
