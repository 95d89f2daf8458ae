// Runs one batch in a fresh process and prints its wall time and peak memory as JSON.
// Used by scripts/bench.js so each measurement starts cold and RSS covers only the batch.
import { runBatch } from "../dist/batch/run-batch.js";

const [profilesDir, outDir, jobs, formats] = process.argv.slice(2);
const started = performance.now();
const result = await runBatch({
  profilesDir,
  outDir,
  jobs: Number(jobs),
  formats: formats.split(","),
  force: true,
});
const ms = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({ ms, written: result.written, failures: result.failures.length, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
