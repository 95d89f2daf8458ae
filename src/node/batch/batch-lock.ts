import { open, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { UserError } from "../../core/errors/user-error.js";
import { errnoReason } from "../../core/files/errno-reason.js";

/** Held in the output folder while a batch writes there: the process id of that batch. */
export const LOCK_NAME = ".clb-consent-batch.lock";

// Folders this process holds (a process id alone cannot tell two runs in one process apart).
const held = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Claims the output folder for one batch. Two batches writing into one folder would remove
 * each other's temporary files and save manifests that do not match the letters on disk; the
 * second one stops with a message instead. A lock left by a batch that was killed (its process
 * is gone) is taken over. Returns the function that releases the folder.
 */
export async function lockOutDir(outDir: string): Promise<() => Promise<void>> {
  const file = path.join(outDir, LOCK_NAME);
  for (let attempt = 0; ; attempt += 1) {
    try {
      const handle = await open(file, "wx");
      try {
        await handle.writeFile(`${process.pid}\n`);
      } finally {
        await handle.close();
      }
      held.add(file);
      return async () => {
        held.delete(file);
        await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new UserError("error.writeFailed", { file, reason: errnoReason(error) }, [], {
          cause: error,
        });
      }
    }
    const pid = Number.parseInt(await readFile(file, "utf8").catch(() => ""), 10);
    const mine = held.has(file);
    if (mine || (pid > 0 && pid !== process.pid && isRunning(pid))) {
      throw new UserError("batch.locked", { dir: outDir, pid: mine ? process.pid : pid });
    }
    // Left by a batch that no longer runs. A lock without a process id may be one that another
    // batch is writing at this moment: it is looked at once more before it counts as left.
    if (pid > 0 || attempt > 0) await rm(file, { force: true });
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
