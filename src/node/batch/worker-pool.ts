import path from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { PACKAGE_ROOT } from "../../paths.js";
import type { CentreResult, CentreTask } from "./centre-task.js";
import { makeLetters } from "./centre-task.js";
import type { HeldCentre } from "./held-centre.js";
import type { WarmUp } from "./warm-up.js";

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
 * The worker's module, next to this one once built (dist/node/batch/, or bundle/ for the CLI). Run
 * from the TypeScript sources, as the tests do, a thread cannot load this folder's .ts files
 * (Node 20 runs JavaScript only), and the compiled dist/ may be older than the sources under
 * test. So the tests' global setup (tests/setup/build-worker.ts) bundles the worker from these
 * very sources into .test-build/, as scripts/bundle.js bundles the CLI's, before any test runs,
 * and removes it afterwards: a missing file fails loudly, a stale one cannot be picked up.
 */
const WORKER_FILE = import.meta.url.endsWith(".ts")
  ? path.join(PACKAGE_ROOT, ".test-build", "batch-worker.js")
  : fileURLToPath(new URL("./batch-worker.js", import.meta.url));

type Pool = Piscina<readonly CentreTask[], CentreResult[]>;

export interface PoolOptions {
  readonly jobs: number;
  readonly ready: WarmUp;
  /** Old-generation heap limit of each thread, in MB; default WORKER_HEAP_MB. */
  readonly heapMb?: number;
}

/** The worker threads of a batch, started on first need (see start) and stopped once. */
export class WorkerPool {
  private pool: Pool | undefined;

  constructor(private readonly options: PoolOptions) {}

  get heapMb(): number {
    return this.options.heapMb ?? WORKER_HEAP_MB;
  }

  /** The threads, started now if they are not yet: each gets ready (see warmUp) at once. */
  start(): Pool {
    this.pool ??= new Piscina<readonly CentreTask[], CentreResult[]>({
      filename: WORKER_FILE,
      minThreads: this.options.jobs,
      maxThreads: this.options.jobs,
      idleTimeout: 1000,
      concurrentTasksPerWorker: TASKS_IN_HAND,
      // piscina's default ("sync") blocks a thread's event loop while it has no task, which
      // stalled the warm-up until the first centre arrived; a centre takes tens of milliseconds,
      // so plain messages cost nothing measurable.
      atomics: "disabled",
      workerData: this.options.ready,
      resourceLimits: {
        maxOldGenerationSizeMb: this.heapMb,
        maxYoungGenerationSizeMb: WORKER_YOUNG_MB,
      },
    });
    return this.pool;
  }

  async destroy(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }
}

/** A worker thread that ran out of its heap; piscina starts a new one for the next centre. */
function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ERR_WORKER_OUT_OF_MEMORY";
}

export interface RunTasksOptions<T> {
  /** Threads to use; 1 makes the letters in this thread. */
  readonly jobs: number;
  readonly signal?: AbortSignal;
  readonly toTask: (task: T) => CentreTask;
  /** Called in completion order, as each centre's results come back. */
  readonly onResult: (task: T, result: CentreResult) => void;
  /** A centre that does not fit in a thread's heap even on its own. */
  readonly onOutOfMemory: (task: T) => void;
}

/**
 * Makes the letters of every centre. One queue of centres, taken a few at a time. With one job
 * this thread makes the letters; with more, that many worker threads do (their heaps are
 * capped, this thread's is not). Each takes the next centres when it has room; results are
 * reported in completion order, and each letter's bytes do not depend on where or when it was
 * made. Stops handing out centres once `signal` is aborted. The pool is stopped at the end.
 */
export async function runTasks<T extends { readonly centre: Pick<HeldCentre, "logo"> }>(
  tasks: readonly T[],
  pool: WorkerPool,
  options: RunTasksOptions<T>,
): Promise<void> {
  const { signal } = options;
  const queue = groupCentres(tasks, options.jobs).values();
  const reportAll = (chunk: readonly T[], results: readonly CentreResult[]) => {
    for (const [index, task] of chunk.entries()) options.onResult(task, results[index]!);
  };
  const here = async () => {
    for (const chunk of queue) {
      if (signal?.aborted) return;
      reportAll(chunk, await makeLetters(chunk.map(options.toTask)));
    }
  };
  // A worker that runs out of memory takes down every centre it has in hand, not only the
  // one too big for its heap. Those centres are made again at the end, one at a time, so that
  // only a centre that does not fit on its own fails.
  const retry: T[] = [];
  const inWorker = async (
    workers: Pool,
    chunks: Iterable<readonly T[]>,
    outOfMemory: (chunk: readonly T[]) => void,
  ) => {
    for (const chunk of chunks) {
      if (signal?.aborted) return;
      try {
        reportAll(chunk, await workers.run(chunk.map(options.toTask), signal ? { signal } : {}));
      } catch (error) {
        if (signal?.aborted) return;
        if (!isOutOfMemory(error)) throw error;
        outOfMemory(chunk);
      }
    }
  };
  if (options.jobs > 1) {
    const workers = pool.start();
    await Promise.all(
      Array.from({ length: TASKS_IN_HAND * options.jobs }, () =>
        inWorker(workers, queue, (chunk) => retry.push(...chunk)),
      ),
    );
    if (retry.length > 0) {
      await inWorker(
        workers,
        retry.map((task) => [task]),
        ([task]) => options.onOutOfMemory(task!),
      );
    }
  } else {
    await pool.destroy();
    await Promise.all(Array.from({ length: TASKS_IN_HAND }, here));
  }
  await pool.destroy();
}
