import os from "node:os";
import path from "node:path";
import { type Problem, UserError } from "../../core/errors/user-error.js";
import type { Audience } from "../../core/letter/audience.js";
import type { Language } from "../../core/letter/language-schema.js";
import type { DocumentChoice } from "../../core/pipeline/document-spec.js";
import type { Format } from "../../core/render/registry.js";
import { requestedTools, toolChoices } from "../../core/tools/tool-catalog.js";
import type { ToolId } from "../../core/tools/tool-ids.js";
import { warningsOf } from "../../core/yaml/parse-yaml-file.js";
import { DEFAULT_TEMPLATES_DIR } from "../../paths.js";
import { findProfiles } from "../io/find-profiles.js";
import { loadTools } from "../io/load-tools.js";
import { templateDataFile } from "../io/template-data-file.js";
import { ensureWritableDir } from "../output/ensure-writable-dir.js";
import { lockOutDir } from "./batch-lock.js";
import {
  type BatchFailure,
  type BatchProgress,
  BatchReport,
  type PlannedCentre,
  saveManifest,
  startJournal,
} from "./batch-report.js";
import { batchTranslations } from "./batch-translations.js";
import type { CentreTask, WrittenLetter } from "./centre-task.js";
import { sha256 } from "./hash.js";
import { type ManifestJournal, readManifest, removeJournal } from "./manifest.js";
import { type LanguageHashes, loadBatchData, loadBatchInputs, planBatch } from "./plan-batch.js";
import { readCentres } from "./read-centres.js";
import { removeLeftovers } from "./remove-leftovers.js";
import { runTasks, WorkerPool } from "./worker-pool.js";

export type { BatchFailure, BatchProgress } from "./batch-report.js";

export interface BatchOptions {
  readonly profilesDir: string;
  readonly outDir: string;
  readonly formats: readonly Format[];
  /** Ids of tools.yaml, or `all`; default each profile's own tools. */
  readonly tools?: readonly string[];
  /** Whom to write for; default the pupil (the CLI's default is both, `--audience all`). */
  readonly audiences?: readonly Audience[];
  /** Letters, staff guides or both; default letters only (the CLI asks for both). */
  readonly documents?: readonly DocumentChoice[];
  /** The translations to make beside the Dutch letters (`[]`: none); default each profile's. */
  readonly translations?: readonly string[];
  /** Worker threads; 1 runs in this thread. Default: one per core. */
  readonly jobs?: number;
  readonly date?: string;
  /** Rewrite letters even when nothing they are made from changed. */
  readonly force?: boolean;
  readonly templatesDir?: string;
  /** Adds the signature block to every letter, whatever the profiles say. */
  readonly signature?: boolean;
  /** Aborting stops handing out work, lets letters being written finish or vanish, and saves the manifest. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: BatchProgress) => void;
  /** Old-generation heap limit of each worker thread, in MB (see WORKER_HEAP_MB). */
  readonly workerHeapMb?: number;
}

export interface BatchResult {
  readonly centres: number;
  readonly written: number;
  readonly unchanged: number;
  /** Centres that got no letters at all, and letters refused. */
  readonly failures: readonly BatchFailure[];
  /** The translations this run made letters in, with their data (names, reviewed or not). */
  readonly languages: ReadonlyMap<string, { readonly language: Language }>;
  /** The letters written whose PDF's first layer runs past page 1, with their profile file. */
  readonly firstLayerOverflows: readonly (WrittenLetter & { readonly profile: string })[];
  /**
   * What loading the profiles, tools.yaml and the checklists changed and tells (a soft hyphen
   * taken out of a value), at file and line.
   */
  readonly warnings: readonly Problem[];
  readonly interrupted: boolean;
  readonly leftoversRemoved: number;
  readonly durationMs: number;
}

/**
 * Makes every centre's letters. A broken profile is reported and skipped; every other centre
 * still gets its letters. The manifest never lists a letter that is not fully written: entries
 * for letters about to change are dropped before any work starts, and each letter is added
 * only after its file is in place.
 */
export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const outDir = path.resolve(options.outDir);
  // A wrong --profiles is reported before the output folder is made or touched: a folder without
  // profiles must not look like a batch with nothing to do.
  const files = await findProfiles(options.profilesDir);
  if (files.length === 0) throw new UserError("profiles.none", { dir: options.profilesDir });
  // So is a --tools that tools.yaml does not know (wrong usage): checked again, with the
  // profiles, once the folder is claimed.
  const templatesDir = options.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  requestedTools(
    await loadTools(await templateDataFile(templatesDir, "tools.yaml")),
    options.tools,
  );
  await ensureWritableDir(outDir);
  const unlock = await lockOutDir(outDir);
  try {
    return await runLocked(options, files, outDir, started);
  } finally {
    await unlock();
  }
}

/**
 * The batch itself, once the output folder is claimed: plan (read the profiles, compare with
 * the manifest), make the letters in the worker pool, report each centre as it finishes.
 */
async function runLocked(
  options: BatchOptions,
  files: readonly string[],
  outDir: string,
  started: number,
): Promise<BatchResult> {
  const leftoversRemoved = await removeLeftovers(outDir);
  const templatesDir = options.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  // The tools.yaml beside the templates says which tools exist. A broken one, or a broken
  // checklist, breaks every letter: stop before any work, with their problems, once (not once
  // per centre, from every worker).
  const documents = options.documents ?? ["letters"];
  const { tools, toolsFile, checklistFile, checklist } = await loadBatchData(templatesDir);
  const requested = requestedTools(tools, options.tools);
  const manifest = await readManifest(outDir);
  const maxJobs = Math.max(1, Math.min(options.jobs ?? os.availableParallelism(), files.length));
  const pool = new WorkerPool({
    jobs: maxJobs,
    ready: { formats: options.formats, templatesDir, toolsFile, checklistFile, templateTools: [] },
    ...(options.workerHeapMb !== undefined ? { heapMb: options.workerHeapMb } : {}),
  });
  // When letters are certainly to be made (a first run, --force), the worker threads start now
  // and get ready while this thread reads the profiles; otherwise only once there is work, so an
  // unchanged re-run starts no threads.
  if (maxJobs > 1 && (options.force || manifest.size === 0)) pool.start();
  let journal: ManifestJournal | undefined;
  try {
    const read = await readCentres(files, toolChoices(tools));
    const { centres, failures } = read;
    // Only the templates of the tools these centres use are read (and must exist); broken
    // ones stop the batch here, before any letter is made.
    const templateTools: ToolId[] =
      requested ?? [...new Set(centres.flatMap((c) => c.profile.tools))].sort();
    // Each centre's translations; a centre whose choice is refused is a failure, the others go on.
    const chosen = await batchTranslations(centres, templatesDir, options.translations);
    failures.push(...chosen.failures);
    const shared = await loadBatchInputs(
      templatesDir,
      tools,
      templateTools,
      { toolsFile, checklistFile, checklist },
      documents,
      chosen.languages,
    );
    const { tasks, unchanged } = await planBatch(chosen.centres, shared, manifest, {
      translationsOf: (centre) => chosen.of.get(centre) ?? [],
      formats: options.formats,
      outDir,
      ...(requested ? { tools: requested } : {}),
      ...(options.audiences ? { audiences: options.audiences } : {}),
      documents,
      ...(options.date ? { date: options.date } : {}),
      ...(options.signature ? { signature: true } : {}),
      ...(options.force ? { force: true } : {}),
    });
    // From here on the manifest lists only letters whose files are what it says. What a killed
    // run's journal held is in it now; the journal starts again empty.
    await saveManifest(outDir, manifest);
    if (tasks.length > 0) journal = await startJournal(outDir);
    else await removeJournal(outDir);

    const report = new BatchReport(manifest, journal, failures, tasks.length, options.onProgress);
    const inputsHash = sha256(
      shared.toolsHash,
      shared.checklistHash,
      ...templateTools.map((tool) => shared.templateHashes.get(tool) ?? ""),
      ...[...(shared.languages ?? new Map()).values()].flatMap((l) => [
        l.checklistHash,
        ...l.templateHashes.values(),
      ]),
    );
    const toTask = (task: PlannedCentre): CentreTask => ({
      centre: task.centre,
      outDir,
      templatesDir,
      toolsFile,
      checklistFile,
      templateTools,
      languages: chosen.languages,
      inputsHash,
      ...(options.date ? { date: options.date } : {}),
      ...(options.signature ? { signature: true } : {}),
      ...(shared.guideHashes
        ? {
            guidesHash: sha256(
              shared.guideChecklistHash ?? "",
              shared.toolsHash,
              ...shared.guideHashes.values(),
            ),
          }
        : {}),
      letters: task.letters.map((l) => ({ spec: l.spec, format: l.format })),
    });
    await runTasks(tasks, pool, {
      jobs: Math.min(maxJobs, tasks.length || 1),
      ...(options.signal ? { signal: options.signal } : {}),
      toTask,
      onResult: (task, result) => report.record(task, result),
      onOutOfMemory: (task) => report.outOfMemory(task, pool.heapMb),
    });

    await journal?.close();
    journal = undefined;
    await saveManifest(outDir, manifest);
    await removeJournal(outDir);
    // A worker stopped mid-letter leaves only a temporary file; never a half letter.
    await removeLeftovers(outDir);
    return {
      centres: files.length,
      written: report.written,
      unchanged,
      failures,
      languages: new Map(
        [...(shared.languages ?? new Map<string, LanguageHashes>())].filter(([code]) =>
          report.languagesWritten.has(code),
        ),
      ),
      firstLayerOverflows: report.firstLayerOverflows,
      warnings: [
        ...warningsOf(tools),
        ...warningsOf(checklist),
        ...(shared.warnings ?? []),
        ...read.warnings,
        ...chosen.warnings,
      ],
      interrupted: options.signal?.aborted === true,
      leftoversRemoved,
      durationMs: performance.now() - started,
    };
  } finally {
    // Threads started early for a batch that then stopped (a manifest it could not write).
    await pool.destroy();
    await journal?.close();
  }
}
