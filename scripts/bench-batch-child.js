// Runs one batch in a fresh process and prints its wall time and peak memory as JSON.
// Used by scripts/bench.js so each measurement starts cold and RSS covers only the batch.
// The bundle, as the CLI runs it (a URL, so the type check does not read the bundle).
const { runBatch } = await import(new URL("../bundle/run-batch.js", import.meta.url).href);

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
