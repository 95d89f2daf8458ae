import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { loadChecklist } from "../checklist/load-checklist.js";
import { UserError } from "../errors/user-error.js";
import { errnoReason } from "../files/errno-reason.js";
import { ensureWritableDir } from "../output/ensure-writable-dir.js";
import { DEFAULT_TEMPLATES_DIR, PACKAGE_ROOT } from "../paths.js";
import type { DocumentChoice } from "../pipeline/document-spec.js";
import { loadProfile } from "../profile/load-profile.js";
import type { Format } from "../render/registry.js";
import { loadTemplates } from "../template/load-templates.js";
import { templateDataFile } from "../template/template-data-file.js";
import { loadTools } from "../tools/load-tools.js";
import { TOOL_IDS, type ToolId } from "../tools/tool-ids.js";
import { lockOutDir } from "./batch-lock.js";
import {
  type CentreResult,
  type CentreTask,
  makeLetters,
  type PlainError,
  plainError,
} from "./centre-task.js";
import { findProfiles } from "./find-profiles.js";
import { GENERATOR } from "./generator-version.js";
import { guideHashes } from "./guide-hashes.js";
import { fileSha256, sha256 } from "./hash.js";
import { type HeldCentre, holdCentre } from "./held-centre.js";
import {
  JOURNAL_NAME,
  MANIFEST_NAME,
  type ManifestEntry,
  ManifestJournal,
  readManifest,
  removeJournal,
  writeManifest,
} from "./manifest.js";
import { mapInOrder } from "./map-in-order.js";
import {
  isUnchanged,
  type PlannedLetter,
  planCentre,
  type SharedInputs,
  templateHash,
} from "./plan-batch.js";
import { removeLeftovers } from "./remove-leftovers.js";
import type { WarmUp } from "./warm-up.js";

export interface BatchOptions {
  readonly profilesDir: string;
  readonly outDir: string;
  readonly formats: readonly Format[];
  /** Default: each profile's own tools. */
  readonly tools?: readonly ToolId[];
  /** Worker threads; 1 runs in this thread. Default: one per core. */
  readonly jobs?: number;
  readonly date?: string;
  /** Rewrite letters even when nothing they are made from changed. */
  readonly force?: boolean;
  readonly templatesDir?: string;
  /** Adds the signature block to every letter, whatever the profiles say. */
  readonly signature?: boolean;
  /** Letters, staff guides or both; default letters only (the CLI asks for both). */
  readonly documents?: readonly DocumentChoice[];
  /** Aborting stops handing out work, lets letters being written finish or vanish, and saves the manifest. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: BatchProgress) => void;
  /** Old-generation heap limit of each worker thread, in MB (see WORKER_HEAP_MB). */
  readonly workerHeapMb?: number;
}

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

export interface BatchResult {
  readonly centres: number;
  readonly written: number;
  readonly unchanged: number;
  /** Centres that got no letters at all, and letters refused. */
  readonly failures: readonly BatchFailure[];
  readonly interrupted: boolean;
  readonly leftoversRemoved: number;
  readonly durationMs: number;
}

/**
 * Centres a thread takes at a time, to render their letters format by format (see makeLetters).
 * Measured on 2026-11-30 (2 cores, 200 centres, interleaved runs): 8 at a time against one at a
 * time, a batch took 6.4-6.9 s instead of 7.6-9.7 s with 1 job (a slow hour of this machine),
 * 6.7-8.0 s instead of 7.6-8.1 s with 2. Fewer in a small batch, so that every thread has a
 * share of the work to the end, and fewer with logos, which a thread keeps until their letters
 * are written: 1000 centres with a 150 KB logo each reached 300-309 MB peak RSS with up to 1 MB
 * of logos a task, 287-291 MB with up to 512 KB (the target is 300).
 */
const CENTRES_PER_TASK = 8;
const LOGO_BYTES_PER_TASK = 512 * 1024;

/**
 * The centres in the tasks the threads take (see CENTRES_PER_TASK), in their order: up to 8
 * centres, fewer when there are few for the threads, and no more logo bytes than
 * LOGO_BYTES_PER_TASK unless a centre's own logo is larger.
 */
export function groupCentres<T extends { readonly centre: Pick<HeldCentre, "logo"> }>(
  centres: readonly T[],
  jobs: number,
): T[][] {
  const most = Math.max(
    1,
    Math.min(CENTRES_PER_TASK, Math.floor(centres.length / (2 * jobs * TASKS_IN_HAND))),
  );
  const groups: T[][] = [];
  let logoBytes = 0;
  for (const centre of centres) {
    const bytes = centre.centre.logo?.bytes ?? 0;
    const last = groups.at(-1);
    if (last && last.length < most && logoBytes + bytes <= LOGO_BYTES_PER_TASK) {
      last.push(centre);
      logoBytes += bytes;
    } else {
      groups.push([centre]);
      logoBytes = bytes;
    }
  }
  return groups;
}

/**
 * Tasks (a few centres, see above) each thread has in hand. A letter is flushed to disk before
 * it is renamed into place; within a task the thread renders the next letter meanwhile, so a
 * second task in hand gains little and costs memory. With 2 in hand, 1000 centres with a 150 KB
 * logo each reached 318 MB peak RSS (the target is 300), with 1, 295 MB. 48 centres with a logo
 * of 1.9 MB each: 456 MB with 2 in hand and 8 centres a task, 308 MB now, 280 MB before tasks
 * of several centres (one centre at a time, 2 in hand).
 */
const TASKS_IN_HAND = 1;

/**
 * Profiles read, and letters compared with the manifest, at the same time before the work starts.
 * One at a time, the thread waited on the disk for most of the 0.3-0.4 s that 200 centres took.
 */
const READ_AHEAD = 8;

/**
 * Each worker thread's old generation is capped, so memory stays bounded however many centres
 * a batch has: without a cap V8 lets a worker's heap grow to four times what is live (30-40 MB).
 * Below 256 MB V8 grows a capped heap by only 1.3 times what is live, so a worker ran a full
 * collection for every 9-10 MB it kept, 14-15 times in a batch of 200 centres; each one
 * dropped the optimized code of the small functions pdfkit, fontkit and docx make for every
 * letter, which V8 then compiled again (a third of a worker's compiling happened after the
 * first second). 512 MB lets the heap grow 1.4 times: 20 full collections instead of 30 in a
 * batch of 200 centres, and 110 fewer compilations. Measured on 2 cores, 2 jobs (2026-11-30,
 * interleaved runs): 200 centres 6.15-6.38 s and 11.4-11.7 CPU-s with 128 MB, 5.89-6.19 s and
 * 10.7-11.3 CPU-s with 512 MB; 1000 centres 22.1-22.4 s against 20.7-21.1 s, peak RSS the same
 * (280-282 against 277-282 MB); 1000 centres with 150 KB logos 284-297 MB against 284-292 MB.
 * 1024 MB (1.6 times) was faster still (200 centres 5.45-5.80 s) but took the logo batch to
 * 302-307 MB; no cap, 363 MB for 200 centres.
 */
const WORKER_HEAP_MB = 512;

/**
 * Each worker thread's young generation (where new objects start) is capped too: V8 lets it grow
 * to 48 MB in a thread that allocates as fast as a renderer does. Measured with the bundled CLI
 * (2026-11-24, 2 cores, 2 jobs, 128 MB old generation): 200 centres 9.4 s and 316 MB peak RSS
 * without this cap, 9.5-9.7 s and 287-290 MB with 24 MB; 1000 centres about 34 s and 345 MB
 * without, 35 s and 304-312 MB with 24 MB. 16 MB saves no more (308 MB); neither does a 96 or
 * 80 MB old generation (304 and 308 MB, 80 MB slower).
 */
const WORKER_YOUNG_MB = 24;

/**
 * The worker's module, next to this one once built (dist/batch/, or bundle/ for the CLI); when
 * the tests run this module from the sources, the compiled one in dist/.
 */
const WORKER_FILE = import.meta.url.endsWith(".ts")
  ? path.join(PACKAGE_ROOT, "dist", "batch", "batch-worker.js")
  : fileURLToPath(new URL("./batch-worker.js", import.meta.url));

type Pool = Piscina<readonly CentreTask[], CentreResult[]>;

interface PoolOptions {
  readonly jobs: number;
  readonly ready: WarmUp;
  readonly heapMb: number;
}

/** Worker threads, each getting ready (see warmUp) as soon as it starts. */
function startPool({ jobs, ready, heapMb }: PoolOptions): Pool {
  return new Piscina<readonly CentreTask[], CentreResult[]>({
    filename: WORKER_FILE,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
    concurrentTasksPerWorker: TASKS_IN_HAND,
    // piscina's default ("sync") blocks a thread's event loop while it has no task, which
    // stalled the warm-up until the first centre arrived; a centre takes tens of milliseconds,
    // so plain messages cost nothing measurable.
    atomics: "disabled",
    workerData: ready,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
}

/** A worker thread that ran out of its heap; piscina starts a new one for the next centre. */
function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ERR_WORKER_OUT_OF_MEMORY";
}

/**
 * Writes the manifest; a failure (a full disk, say) is the user's problem to fix, not a bug.
 * The manifest on disk is then the previous one, which is still true: it never lists a letter
 * that was not fully written.
 */
async function saveManifest(outDir: string, manifest: Map<string, ManifestEntry>): Promise<void> {
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

async function startJournal(outDir: string): Promise<ManifestJournal> {
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
  await ensureWritableDir(outDir);
  const unlock = await lockOutDir(outDir);
  try {
    return await runLocked(options, files, outDir, started);
  } finally {
    await unlock();
  }
}

/** The batch itself, once the output folder is claimed. */
async function runLocked(
  options: BatchOptions,
  files: readonly string[],
  outDir: string,
  started: number,
): Promise<BatchResult> {
  const leftoversRemoved = await removeLeftovers(outDir);

  const templatesDir = options.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  const toolsFile = await templateDataFile(templatesDir, "tools.yaml");
  const checklistFile = await templateDataFile(templatesDir, "checklist.yaml");
  // Broken templates or a broken checklist break every letter: stop before any work, with
  // their problems, once (not once per centre, from every worker).
  const templates = await loadTemplates(templatesDir, TOOL_IDS);
  await loadChecklist(checklistFile);
  const documents = options.documents ?? ["letters"];
  // Broken guide templates stop the run before any work too, when guides are asked for.
  const guides = documents.includes("guides") ? await guideHashes(templatesDir) : undefined;
  const shared: SharedInputs = {
    ...(guides ? { guideHashes: guides } : {}),
    templates,
    tools: await loadTools(toolsFile),
    toolsHash: fileSha256(await readFile(toolsFile)),
    checklistHash: fileSha256(await readFile(checklistFile)),
    templateHashes: new Map(
      await Promise.all(TOOL_IDS.map(async (t) => [t, await templateHash(templates, t)] as const)),
    ),
  };

  const failures: BatchFailure[] = [];
  const manifest = await readManifest(outDir);
  const maxJobs = Math.max(1, Math.min(options.jobs ?? os.availableParallelism(), files.length));
  const poolOptions: PoolOptions = {
    jobs: maxJobs,
    ready: { formats: options.formats, templatesDir, toolsFile, checklistFile },
    heapMb: options.workerHeapMb ?? WORKER_HEAP_MB,
  };
  // When letters are certainly to be made (a first run, --force), the worker threads start now
  // and get ready while this thread reads the profiles; otherwise only once there is work, so an
  // unchanged re-run starts no threads.
  let journal: ManifestJournal | undefined;
  let pool =
    maxJobs > 1 && (options.force || manifest.size === 0) ? startPool(poolOptions) : undefined;
  try {
    // A few profiles at a time are read whole; of each, only what the batch needs is kept.
    const loaded: HeldCentre[] = [];
    const read = await mapInOrder(files, READ_AHEAD, async (file) => {
      try {
        return await holdCentre(await loadProfile(file));
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

    const tasks: { centre: HeldCentre; letters: PlannedLetter[] }[] = [];
    let unchanged = 0;
    const plans = await mapInOrder(centres, READ_AHEAD, async (centre) => {
      const planned = await planCentre(centre, shared, {
        formats: options.formats,
        outDir,
        documents,
        ...(options.tools ? { tools: options.tools } : {}),
        ...(options.date ? { date: options.date } : {}),
        ...(options.signature ? { signature: true } : {}),
      });
      const same = await Promise.all(
        planned.map(
          async (letter) =>
            !options.force && (await isUnchanged(letter, manifest.get(letter.relative))),
        ),
      );
      return { centre, planned, same };
    });
    for (const { centre, planned, same } of plans) {
      const todo: PlannedLetter[] = [];
      for (const [index, letter] of planned.entries()) {
        if (same[index]) unchanged += 1;
        else {
          todo.push(letter);
          manifest.delete(letter.relative);
        }
      }
      if (todo.length > 0) tasks.push({ centre, letters: todo });
    }
    // From here on the manifest lists only letters whose files are what it says. What a killed
    // run's journal held is in it now; the journal starts again empty.
    await saveManifest(outDir, manifest);
    if (tasks.length > 0) journal = await startJournal(outDir);
    else await removeJournal(outDir);

    let written = 0;
    let done = 0;
    const reportProgress = (task: (typeof tasks)[number]) =>
      options.onProgress?.({
        done,
        total: tasks.length,
        letters: written,
        centre: task.centre.profile.id,
      });
    const record = (task: (typeof tasks)[number], result: CentreResult) => {
      done += 1;
      if (result.error) failures.push({ file: task.centre.file, error: result.error });
      for (const refused of result.refused)
        failures.push({ file: task.centre.file, tool: refused.tool, error: refused.error });
      const entries: ManifestEntry[] = [];
      for (const letter of result.written) {
        const plan = task.letters.find(
          (l) => l.kind === letter.kind && l.tool === letter.tool && l.format === letter.format,
        )!;
        const entry: ManifestEntry = {
          centre: task.centre.profile.id,
          ...(letter.kind === "guide" ? { kind: "guide" as const } : {}),
          tool: letter.tool,
          format: letter.format,
          path: plan.relative,
          sha256: letter.sha256,
          size: letter.size,
          date: letter.date,
          inputs: plan.inputs,
        };
        manifest.set(entry.path, entry);
        entries.push(entry);
        written += 1;
      }
      journal?.note(entries);
      reportProgress(task);
    };

    const toTask = (task: (typeof tasks)[number]): CentreTask => ({
      centre: task.centre,
      outDir,
      templatesDir,
      toolsFile,
      checklistFile,
      ...(options.date ? { date: options.date } : {}),
      ...(options.signature ? { signature: true } : {}),
      ...(guides ? { guidesHash: sha256(...guides.values()) } : {}),
      letters: task.letters.map((l) => ({ kind: l.kind, tool: l.tool, format: l.format })),
    });

    const jobs = Math.min(maxJobs, tasks.length || 1);
    const signal = options.signal;
    // One queue of centres, taken a few at a time. With one job this thread makes the letters;
    // with more, that many worker threads do (their heaps are capped, this thread's is not).
    // Each takes the next centres when it has room; results are recorded in completion order,
    // and each letter's bytes do not depend on where or when it was made.
    type Task = (typeof tasks)[number];
    const queue = groupCentres(tasks, jobs).values();
    const recordAll = (chunk: readonly Task[], results: readonly CentreResult[]) => {
      for (const [index, task] of chunk.entries()) record(task, results[index]!);
    };
    const here = async () => {
      for (const chunk of queue) {
        if (signal?.aborted) return;
        recordAll(chunk, await makeLetters(chunk.map(toTask)));
      }
    };
    // A worker that runs out of memory takes down every centre it has in hand, not only the
    // one too big for its heap. Those centres are made again at the end, one at a time, so that
    // only a centre that does not fit on its own fails.
    const retry: Task[] = [];
    const inWorker = async (
      workers: Pool,
      chunks: Iterable<readonly Task[]>,
      outOfMemory: (chunk: readonly Task[]) => void,
    ) => {
      for (const chunk of chunks) {
        if (signal?.aborted) return;
        try {
          recordAll(chunk, await workers.run(chunk.map(toTask), signal ? { signal } : {}));
        } catch (error) {
          if (signal?.aborted) return;
          if (!isOutOfMemory(error)) throw error;
          outOfMemory(chunk);
        }
      }
    };
    const tooBig = ([task]: readonly Task[]) => {
      done += 1;
      failures.push({
        file: task!.centre.file,
        error: {
          key: "batch.outOfMemory",
          params: { file: path.basename(task!.centre.file), mb: poolOptions.heapMb },
          problems: [],
        },
      });
      reportProgress(task!);
    };
    let lanes: (() => Promise<void>)[];
    if (jobs > 1) {
      pool ??= startPool(poolOptions);
      const workers = pool;
      lanes = Array.from(
        { length: TASKS_IN_HAND * jobs },
        () => () => inWorker(workers, queue, (chunk) => retry.push(...chunk)),
      );
    } else {
      await pool?.destroy();
      pool = undefined;
      lanes = Array.from({ length: TASKS_IN_HAND }, () => here);
    }
    await Promise.all(lanes.map((lane) => lane()));
    if (pool && retry.length > 0)
      await inWorker(
        pool,
        retry.map((task) => [task]),
        tooBig,
      );
    await pool?.destroy();
    pool = undefined;

    await journal?.close();
    journal = undefined;
    await saveManifest(outDir, manifest);
    await removeJournal(outDir);
    // A worker stopped mid-letter leaves only a temporary file; never a half letter.
    await removeLeftovers(outDir);
    return {
      centres: files.length,
      written,
      unchanged,
      failures,
      interrupted: signal?.aborted === true,
      leftoversRemoved,
      durationMs: performance.now() - started,
    };
  } finally {
    // Threads started early for a batch that then stopped (a manifest it could not write).
    await pool?.destroy();
    await journal?.close();
  }
}
