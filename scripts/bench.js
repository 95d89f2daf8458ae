// npm run bench [-- --centres 200 --rss-centres 1000 --runs 30 --logo-kb 150 --cold-runs 10]
// Measures letter speed and memory on this machine and prints a table. Never used by tests.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeLetter } from "../dist/core/letter/make-letter.js";
import { renderDocx } from "../dist/core/render/render-docx.js";
import { renderPdf } from "../dist/core/render/render-pdf.js";
import { loadProfile, parseProfile } from "../dist/node/io/load-profile.js";
import { loadTemplates } from "../dist/node/io/load-templates.js";
import { loadTools } from "../dist/node/io/load-tools.js";
import { timeLetters } from "./letter-timing.js";
import { writeSyntheticProfiles } from "./synthetic-profiles.js";
import { unknownKeysProfile } from "./unknown-keys-profile.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const centres = option("centres", 200);
const rssCentres = option("rss-centres", 1000);
const runs = option("runs", 30);
const logoKb = option("logo-kb", 150);
const coldRuns = option("cold-runs", 10);
const cores = os.availableParallelism();
const work = mkdtempSync(path.join(os.tmpdir(), "clb-bench-"));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function makeProfiles(count, options = {}) {
  const dir = path.join(work, `profiles-${count}${options.logoKb ? "-logos" : ""}`);
  writeSyntheticProfiles(dir, count, options);
  return dir;
}

/**
 * How long refusing a profile with many unknown keys takes (issue 27: 20,000 keys took 11.7 s,
 * as each key was looked up in a list). The median of 5 runs for 2,500 and for 20,000 keys.
 */
async function unknownKeysWall() {
  const times = [];
  for (const count of [2500, 20000]) {
    const text = unknownKeysProfile(count);
    const runs = [];
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      await parseProfile("veel.yaml", text).catch(() => {});
      runs.push(performance.now() - started);
    }
    times.push(median(runs));
  }
  return times;
}

async function perLetter() {
  const modules = { makeLetter, loadProfile, loadTemplates, loadTools, renderPdf, renderDocx };
  const { pdf, docx, pages } = await timeLetters(modules, root, runs);
  return { pdf: median(pdf), docx: median(docx), pages };
}

function batch(profilesDir, jobs, formats = "pdf,docx") {
  const out = path.join(work, `out-${jobs}-${path.basename(profilesDir)}`);
  const stdout = execFileSync(
    process.execPath,
    [path.join(root, "scripts", "bench-batch-child.js"), profilesDir, out, String(jobs), formats],
    {
      encoding: "utf8",
    },
  );
  rmSync(out, { recursive: true, force: true });
  return JSON.parse(stdout);
}

/**
 * A command run from a cold process `runs` times (default 10), each run followed by a bare
 * `node -e 0`, so that the two medians are measured over the same minutes of a machine whose
 * speed changes (issue 30): the command's start is read against Node's own.
 */
function coldWall(args, { cwd = root, runs = coldRuns, check } = {}) {
  const times = [];
  const bare = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      [path.join(root, "bin", "clb-consent.js"), ...args(i)],
      {
        cwd,
      },
    );
    times.push(performance.now() - started);
    if (result.status !== 0) throw new Error(result.stderr.toString());
    check?.(i);
    const bareStarted = performance.now();
    spawnSync(process.execPath, ["-e", "0"]);
    bare.push(performance.now() - bareStarted);
  }
  return { ms: median(times), bare: median(bare) };
}

const coldCell = (run) =>
  `${(run.ms / 1000).toFixed(2)} (node -e 0: ${(run.bare / 1000).toFixed(2)})`;

function generateWall() {
  const profile = path.join(root, "clb-profiles", "clb-de-brug.yaml");
  let files = 0;
  const out = (i) => path.join(work, `gen-${i}`);
  const run = coldWall((i) => ["generate", "-p", profile, "-f", "pdf,docx", "-o", out(i)], {
    check: (i) => {
      files = readdirSync(out(i), { recursive: true }).filter((name) =>
        /\.(pdf|docx)$/.test(name),
      ).length;
    },
  });
  return { ...run, files };
}

/** One letter: one tool, the pupil's, PDF only (the first row of issue 30's table). */
function oneLetterWall() {
  const profile = path.join(root, "clb-profiles", "clb-de-brug.yaml");
  return coldWall((i) => [
    "generate",
    "-p",
    profile,
    "-t",
    "teams",
    "--audience",
    "pupil",
    "--documents",
    "letters",
    "-f",
    "pdf",
    "-o",
    path.join(work, `one-${i}`),
  ]);
}

const helpWall = () => coldWall(() => ["--help"]);
const validateWall = () => coldWall(() => ["validate"]);

try {
  // The one-off commands first, on a machine that has not just worked for minutes: a user runs
  // them on an idle machine, and this virtual machine runs slower after minutes at full load.
  const help = helpWall();
  const oneLetter = oneLetterWall();
  const generate = generateWall();
  const validate = validateWall();
  const unknown = await unknownKeysWall();
  const letter = await perLetter();
  const dir = makeProfiles(centres);
  const one = batch(dir, 1);
  const all = batch(dir, cores);
  const big = batch(makeProfiles(rssCentres), cores);
  // Real centres have a logo; the batch must not keep them all in memory.
  const logos = batch(makeProfiles(rssCentres, { logoKb }), cores);
  const rows = [
    ["PDF, ms per letter (1 core, warm, median)", letter.pdf.toFixed(1), "≤ 15"],
    [
      `PDF, ms per page (letters of ${letter.pages} pages)`,
      (letter.pdf / letter.pages).toFixed(2),
      "",
    ],
    ["DOCX, ms per letter (1 core, warm, median)", letter.docx.toFixed(1), "≤ 5"],
    [
      `batch ${centres} centres × 2 tools × 2 formats (${one.written} letters), 1 job, s`,
      (one.ms / 1000).toFixed(2),
      "",
    ],
    [`batch ${centres} centres, ${cores} jobs, s`, (all.ms / 1000).toFixed(2), "≤ 6"],
    ["speedup", (one.ms / all.ms).toFixed(2), ""],
    [`letters per second (${cores} jobs)`, (all.written / (all.ms / 1000)).toFixed(0), ""],
    [`peak RSS, ${centres} centres, MB`, all.maxRssMb.toFixed(0), ""],
    [
      `peak RSS, ${rssCentres} centres (${big.written} letters), MB`,
      big.maxRssMb.toFixed(0),
      "≤ 300",
    ],
    [
      `batch ${rssCentres} centres, each with a ${logoKb} KB logo, ${cores} jobs: s / peak RSS MB`,
      `${(logos.ms / 1000).toFixed(1)} / ${logos.maxRssMb.toFixed(0)}`,
      "– / ≤ 300",
    ],
    [
      `\`generate\` one centre, pdf,docx (${generate.files} files) incl. Node start, ms`,
      generate.ms.toFixed(0),
      "≤ 1000",
    ],
    [
      "`validate` every template × the example profiles incl. Node start, ms",
      validate.ms.toFixed(0),
      "< 1000",
    ],
    // Issue 30's rows: the cold ones the median of 10 runs, a bare `node -e 0` beside them.
    [`\`clb-consent --help\`, s (median of ${coldRuns})`, coldCell(help), ""],
    [
      `\`generate\` one letter (one tool, pupil, pdf), whole process, s (median of ${coldRuns})`,
      coldCell(oneLetter),
      "≤ 0.25",
    ],
    [
      `\`generate\` one centre, pdf,docx (${generate.files} files: each tool's two letters and guide), whole process, s (median of ${coldRuns})`,
      coldCell(generate),
      "≤ 0.6",
    ],
    [
      `\`validate\` every template × the example profiles, whole process, s (median of ${coldRuns})`,
      coldCell(validate),
      "≤ 0.4",
    ],
    [
      `batch ${centres} centres × 2 tools × 2 formats, ${cores} jobs, s`,
      (all.ms / 1000).toFixed(2),
      "≤ 6",
    ],
    [`peak memory, ${rssCentres} centres, MB`, big.maxRssMb.toFixed(0), "≤ 280"],
    [
      "a profile refused for 2,500 / 20,000 unknown keys (in process), ms",
      `${unknown[0].toFixed(0)} / ${unknown[1].toFixed(0)}`,
      "linear: 20,000 ≈ 8 × 2,500",
    ],
  ];
  console.log(
    `clb-consent benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? "cpu"}, ${cores} cores, Node ${process.version}`,
  );
  console.log("| measure | value | target |\n|---|---|---|");
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  if (one.failures + all.failures + big.failures + logos.failures > 0)
    console.log("warning: some centres failed");
} finally {
  rmSync(work, { recursive: true, force: true });
}
