import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** What the build reads: the sources and the files that say how to build them. */
const INPUTS = [
  "src",
  "scripts/bundle.js",
  "scripts/bundle-options.js",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.build.json",
];

/**
 * What tests run from the build: the bin shim's bundle, and the batch's worker thread, which
 * run-batch.ts loads from dist/ when the tests run it from the sources (Node cannot start a
 * thread on a .ts file).
 */
const OUTPUTS = [
  "bundle/clb-consent.js",
  "bundle/batch-worker.js",
  "bundle/run-batch.js",
  "bundle/prepared-layouts.json",
  "bundle/prepared-yaml.json",
  "bundle/prepared-templates",
  "dist/node/batch/batch-worker.js",
  "dist/node/cli/run.js",
];

function newest(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(entry)) latest = Math.max(latest, newest(path.join(entry, name)));
  return latest;
}

function oldestOutput(): number {
  let oldest = Number.POSITIVE_INFINITY;
  for (const file of OUTPUTS) {
    try {
      oldest = Math.min(oldest, statSync(path.join(ROOT, file)).mtimeMs);
    } catch {
      return Number.NEGATIVE_INFINITY; // missing: never built
    }
  }
  return oldest;
}

/**
 * vitest globalSetup: tests that start the CLI as a process, and batches with worker threads,
 * run built code. `npm test` (`vitest run`) and a bare `npx vitest run` after an edit would
 * test the previous build, so it builds here when any input is newer than the build, and only
 * then: an unchanged build is not made again (5 s of the suite's minute).
 */
export default function freshBuild(): void {
  const inputs = Math.max(...INPUTS.map((entry) => newest(path.join(ROOT, entry))));
  if (oldestOutput() >= inputs) return;
  process.stderr.write("The build is older than the sources: npm run build\n");
  execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  if (oldestOutput() < inputs) throw new Error("npm run build left outputs older than the sources");
}
