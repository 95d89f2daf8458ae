import { readFile } from "node:fs/promises";
import { type GuideInputs, toolsWithGuides } from "../../core/guide/guide-inputs.js";
import type { ToolId } from "../../core/tools/tool-ids.js";
import { templateDataFile } from "../io/template-data-file.js";
import { fileSha256, sha256 } from "./hash.js";
import { templateHash } from "./plan-batch.js";

/**
 * Per tool, the hash of everything its staff guide is made from besides the profile, its tool's
 * entry in tools.yaml and the guide checklist (a plan's other parts): the guide template and its
 * partials, and the tools' guide facts. Reading them also stops a run whose guide templates are
 * broken before any work starts. Only tools with guide facts have a guide (and a hash); the
 * others' guides are skipped.
 */
export async function guideHashes(
  templatesDir: string,
  tools: readonly ToolId[],
  /** The guide inputs of `templatesDir`, as the caller read them (checked against its tools). */
  inputs: GuideInputs,
): Promise<Map<ToolId, string>> {
  const dataHash = fileSha256(
    await readFile(await templateDataFile(templatesDir, "guides/tool-guides.yaml")),
  );
  return new Map(
    await Promise.all(
      toolsWithGuides(inputs.facts, tools).map(
        async (tool) =>
          [tool, sha256(await templateHash(inputs.templates, tool), dataHash)] as const,
      ),
    ),
  );
}

/** guide-checklist.yaml, a guide's `inputs.checklist` (a guide does not use checklist.yaml). */
export async function guideChecklistHash(templatesDir: string): Promise<string> {
  return fileSha256(await readFile(await templateDataFile(templatesDir, "guide-checklist.yaml")));
}
