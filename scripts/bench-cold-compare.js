// Compares the cold start of two built checkouts in CPU time, on a shared machine:
// `node scripts/bench-cold-compare.js <checkout A> <checkout B> [runs] -- <clb-consent args>`.
// Wall time on a machine shared by several sessions moves with their load; the CPU time of the
// process (user + sys, from /usr/bin/time) moves much less. A and B run in turn, `runs` times
// each (default 10), with a bare `node -e 0` after each pair, and the medians are printed with
// the peak memory. `{out}` in the arguments becomes a fresh output folder per run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const separator = process.argv.indexOf("--");
const [a, b, runsText = "10"] = process.argv.slice(2, separator < 0 ? undefined : separator);
const args = separator < 0 ? ["--help"] : process.argv.slice(separator + 1);
if (!a || !b) {
  console.error(
    "usage: node scripts/bench-cold-compare.js <checkout A> <checkout B> [runs] -- <args>",
  );
  process.exit(2);
}
const runs = Number(runsText);
const work = mkdtempSync(path.join(os.tmpdir(), "clb-cold-"));

/** One process under /usr/bin/time: CPU seconds (user + sys), wall seconds, peak RSS in MB. */
function timed(command, commandArgs, cwd) {
  const started = performance.now();
  const result = spawnSync("/usr/bin/time", ["-f", "%U %S %M", command, ...commandArgs], {
    cwd,
    encoding: "utf8",
  });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${cwd}: ${result.stderr}`);
  const [user, sys, rssKb] = result.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { cpu: user + sys, wall, rss: rssKb / 1024 };
}

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[sorted.length >> 1];
};

const results = new Map([
  [a, []],
  [b, []],
  ["node -e 0", []],
]);
try {
  for (let run = 0; run < runs; run += 1) {
    for (const root of [a, b]) {
      const out = path.join(work, `${results.get(root).length}-${path.basename(root)}`);
      const withOut = args.map((arg) => arg.replaceAll("{out}", out));
      const bin = path.join(path.resolve(root), "bin", "clb-consent.js");
      results.get(root).push(timed(process.execPath, [bin, ...withOut], path.resolve(root)));
      rmSync(out, { recursive: true, force: true });
    }
    results.get("node -e 0").push(timed(process.execPath, ["-e", "0"], work));
  }
  for (const [name, rows] of results) {
    const cpu = rows.map((r) => r.cpu);
    console.log(
      `${name}: CPU median ${median(cpu).toFixed(3)} s (min ${Math.min(...cpu).toFixed(3)}), ` +
        `wall median ${median(rows.map((r) => r.wall)).toFixed(3)} s, ` +
        `peak RSS median ${median(rows.map((r) => r.rss)).toFixed(0)} MB (${rows.length} runs)`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
