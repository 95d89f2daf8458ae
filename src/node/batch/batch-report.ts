import path from "node:path";
import { UserError } from "../../core/errors/user-error.js";
import { errnoReason } from "../../core/files/errno-reason.js";
import type { ToolId } from "../../core/tools/tool-ids.js";
import type { CentreResult, PlainError, WrittenLetter } from "./centre-task.js";
import { GENERATOR } from "./generator-version.js";
import type { HeldCentre } from "./held-centre.js";
import {
  JOURNAL_NAME,
  MANIFEST_NAME,
  type ManifestEntry,
  ManifestJournal,
  writeManifest,
} from "./manifest.js";
import type { PlannedLetter } from "./plan-batch.js";

export interface BatchProgress {
  /** Centres finished (made, refused or failed) of the centres with letters to make. */
  readonly done: number;
  readonly total: number;
  /** Letters written so far. */
  readonly letters: number;
  /** The centre just finished. */
  readonly centre: string;
}

export interface BatchFailure {
  readonly file: string;
  readonly tool?: ToolId;
  readonly error: PlainError;
}

/** A centre with letters to make, and the letters. */
export interface PlannedCentre {
  readonly centre: HeldCentre;
  readonly letters: readonly PlannedLetter[];
}

/**
 * Writes the manifest; a failure (a full disk, say) is the user's problem to fix, not a bug.
 * The manifest on disk is then the previous one, which is still true: it never lists a letter
 * that was not fully written.
 */
export async function saveManifest(
  outDir: string,
  manifest: ReadonlyMap<string, ManifestEntry>,
): Promise<void> {
  try {
    await writeManifest(outDir, GENERATOR, manifest.values());
  } catch (error) {
    const reason = errnoReason(error);
    throw new UserError(
      "error.writeFailed",
      { file: path.join(outDir, MANIFEST_NAME), reason },
      [],
      { cause: error },
    );
  }
}

export async function startJournal(outDir: string): Promise<ManifestJournal> {
  try {
    return await ManifestJournal.start(outDir);
  } catch (error) {
    const file = path.join(outDir, JOURNAL_NAME);
    throw new UserError("error.writeFailed", { file, reason: errnoReason(error) }, [], {
      cause: error,
    });
  }
}

/**
 * What a batch reports as centres finish: each letter written goes into the manifest and the
 * journal (so a killed run keeps it), each refusal into the failures, and the progress is told.
 */
export class BatchReport {
  written = 0;
  private done = 0;

  /** The languages of the translations written (for the note on unreviewed ones). */
  readonly languagesWritten = new Set<string>();
  /** The letters written whose PDF's first layer runs past page 1, with their profile. */
  readonly firstLayerOverflows: (WrittenLetter & { readonly profile: string })[] = [];

  constructor(
    private readonly manifest: Map<string, ManifestEntry>,
    private readonly journal: ManifestJournal | undefined,
    readonly failures: BatchFailure[],
    private readonly total: number,
    private readonly onProgress?: (progress: BatchProgress) => void,
  ) {}

  /** One centre's results, as its thread sent them back. */
  record(task: PlannedCentre, result: CentreResult): void {
    if (result.error) this.failures.push({ file: task.centre.file, error: result.error });
    for (const refused of result.refused)
      this.failures.push({ file: task.centre.file, tool: refused.tool, error: refused.error });
    const entries: ManifestEntry[] = [];
    for (const letter of result.written) {
      if (letter.firstLayerOverflow)
        this.firstLayerOverflows.push({ ...letter, profile: task.centre.file });
      const plan = task.letters.find((l) => l.relative === letter.path)!;
      const entry: ManifestEntry = {
        centre: task.centre.profile.id,
        tool: letter.tool,
        format: letter.format,
        path: plan.relative,
        sha256: letter.sha256,
        size: letter.size,
        date: letter.date,
        inputs: plan.inputs,
        kind: plan.spec.kind,
        baseName: plan.spec.baseName,
        audience: plan.spec.audience,
        ...(plan.spec.lang ? { lang: plan.spec.lang } : {}),
      };
      this.manifest.set(entry.path, entry);
      entries.push(entry);
      this.written += 1;
      if (entry.lang) this.languagesWritten.add(entry.lang);
    }
    // A translation names the Dutch letter it goes with, as now on record: made in this run or
    // unchanged. A Dutch letter made again gives its unchanged translations its new hash too.
    for (const [index, entry] of entries.entries()) {
      const dutch = task.letters.find((l) => l.relative === entry.path)?.dutch;
      if (dutch === undefined) continue;
      const linked = this.withDutch(entry, dutch);
      entries[index] = linked;
      this.manifest.set(linked.path, linked);
    }
    const written = new Set(entries.map((e) => e.path));
    for (const entry of [...this.manifest.values()]) {
      if (!entry.lang || entry.centre !== task.centre.profile.id || written.has(entry.path))
        continue;
      // An unchanged translation names its Dutch letter from when it was made.
      const dutch = entry.translationOf?.path;
      if (dutch === undefined) continue;
      const linked = this.withDutch(entry, dutch);
      if (linked.translationOf?.sha256 === entry.translationOf?.sha256) continue;
      this.manifest.set(linked.path, linked);
      entries.push(linked);
    }
    this.journal?.note(entries);
    this.finished(task);
  }

  /**
   * The entry with `translationOf` set to its Dutch letter's entry as now on record. Without
   * one (the Dutch letter failed this run), the entry stays as it was: a translation just made
   * has no `translationOf`, an unchanged one keeps the letter it was made beside.
   */
  private withDutch(entry: ManifestEntry, dutchPath: string): ManifestEntry {
    const dutch = this.manifest.get(dutchPath);
    return dutch ? { ...entry, translationOf: { path: dutch.path, sha256: dutch.sha256 } } : entry;
  }

  /** A centre too large for a worker thread's heap even on its own. */
  outOfMemory(task: PlannedCentre, heapMb: number): void {
    this.failures.push({
      file: task.centre.file,
      error: {
        key: "batch.outOfMemory",
        params: { file: path.basename(task.centre.file), mb: heapMb },
        problems: [],
      },
    });
    this.finished(task);
  }

  private finished(task: PlannedCentre): void {
    this.done += 1;
    this.onProgress?.({
      done: this.done,
      total: this.total,
      letters: this.written,
      centre: task.centre.profile.id,
    });
  }
}
