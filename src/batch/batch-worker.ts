import { workerData } from "node:worker_threads";
import { type CentreResult, type CentreTask, makeCentreLetters } from "./centre-task.js";
import { type WarmUp, warmUp } from "./warm-up.js";

// Piscina waits for this module, so the thread is ready before it gets its first centre.
if (workerData) await warmUp(workerData as WarmUp);

/** Entry point of a batch worker thread (piscina calls the default export per task). */
export default function run(task: CentreTask): Promise<CentreResult> {
  return makeCentreLetters(task);
}
