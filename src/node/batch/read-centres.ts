import type { Problem } from "../../core/errors/user-error.js";
import type { ToolChoices } from "../../core/profile/load-profile.js";
import { loadProfile } from "../io/load-profile.js";
import type { BatchFailure } from "./batch-report.js";
import { plainError } from "./centre-task.js";
import { type HeldCentre, holdCentre } from "./held-centre.js";
import { mapInOrder } from "./map-in-order.js";

/**
 * Profiles read, and letters compared with the manifest, at the same time before the work starts.
 * One at a time, the thread waited on the disk for most of the 0.3-0.4 s that 200 centres took.
 */
export const READ_AHEAD = 8;

/**
 * Reads every profile, a few at a time, and keeps of each only what the batch needs. A broken
 * profile is a failure, and so are all profiles that share an id: which one's letters would
 * be the centre's cannot be guessed.
 */
export async function readCentres(
  files: readonly string[],
  tools?: ToolChoices,
): Promise<{ centres: HeldCentre[]; failures: BatchFailure[]; warnings: Problem[] }> {
  const failures: BatchFailure[] = [];
  // What loading changed and tells (a soft hyphen taken out), as `generate` tells it.
  const warnings: Problem[] = [];
  const loaded: HeldCentre[] = [];
  const read = await mapInOrder(files, READ_AHEAD, async (file) => {
    try {
      const loaded = await loadProfile(file, tools ? { tools } : {});
      warnings.push(...(loaded.warnings ?? []));
      return await holdCentre(loaded);
    } catch (error) {
      return { file, error: plainError(error) };
    }
  });
  for (const centre of read) {
    if ("error" in centre) failures.push(centre);
    else loaded.push(centre);
  }
  const byId = new Map<string, HeldCentre[]>();
  for (const l of loaded) byId.set(l.profile.id, [...(byId.get(l.profile.id) ?? []), l]);
  const centres: HeldCentre[] = [];
  for (const [id, group] of byId) {
    if (group.length === 1) {
      centres.push(group[0]!);
      continue;
    }
    const names = group.map((l) => l.file).join(", ");
    for (const l of group) {
      failures.push({
        file: l.file,
        error: { key: "batch.duplicateId", params: { id, files: names }, problems: [] },
      });
    }
  }
  return { centres, failures, warnings };
}
