import { type CentreResult, type CentreTask, makeCentreLetters } from "./centre-task.js";

/** Entry point of a batch worker thread (piscina calls the default export per task). */
export default function run(task: CentreTask): Promise<CentreResult> {
  return makeCentreLetters(task);
}
