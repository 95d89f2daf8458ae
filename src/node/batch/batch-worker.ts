import { workerData } from "node:worker_threads";
import { usePreparedTemplatesBesideCode } from "../io/prepared-templates.js";
import { usePreparedYamlBesideCode } from "../io/prepared-yaml-file.js";
import { type CentreResult, type CentreTask, makeLetters } from "./centre-task.js";
import { type WarmUp, warmUp } from "./warm-up.js";

// The thread gets ready as soon as piscina loads this module, before its first centre arrives.
// Not a top-level await: piscina loads this module with require(), which Node 20 refuses for a
// module with top-level await; the first task waits for the promise instead.
// As the command line (run.ts): the shipped YAML and templates the build prepared, where they match.
usePreparedYamlBesideCode();
usePreparedTemplatesBesideCode();
const ready: Promise<unknown> = workerData ? warmUp(workerData as WarmUp) : Promise.resolve();

/** Entry point of a batch worker thread (piscina calls the default export per task: a few centres). */
export default async function run(tasks: readonly CentreTask[]): Promise<CentreResult[]> {
  await ready;
  return makeLetters(tasks);
}
