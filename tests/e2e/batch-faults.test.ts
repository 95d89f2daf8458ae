import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { copyFile, cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeSyntheticProfiles } from "../../scripts/synthetic-profiles.js";
import { UserError } from "../../src/core/errors/user-error.js";
import { createTranslator } from "../../src/core/i18n/translator.js";
import { JOURNAL_NAME, ManifestSchema, readManifest } from "../../src/node/batch/manifest.js";
import { type BatchProgress, runBatch } from "../../src/node/batch/run-batch.js";
import { formatUserError } from "../../src/node/cli/format-error.js";
import { BIN, PROFILES, profileYaml, runCli, spawnCli, tempDir } from "../helpers/cli.js";
import { editedTemplates } from "../helpers/edit-templates.js";

// These batches make their letters in the test's own thread (--jobs 1): what they check is what a
// batch does, not its worker threads, which have tests of their own (--jobs 2, and --jobs 1
// against --jobs 2 byte for byte). Starting two threads for each run was most of their time.
const ONE_JOB = ["--jobs", "1"];
// They run on the pupils' letters (--audience pupil) to keep them as fast as before; the
// parents' letters in a batch: letter-audiences.test.ts.
const PUPILS = ["--audience", "pupil"];

/**
 * Centres in the batches interrupted from outside, their pupils' PDFs only: 2 jobs take 12 of
 * them 3 at a time (4 tasks), 1 job 6 at a time (2 tasks; see groupCentres), so the signal comes
 * with a task or two done and at least a task still to make, which is never made. (They were 30
 * and 24: the letters made before the signal and by the re-run were most of the file's time.)
 */
const CENTRES = { jobs2: 12, jobs1: 12 };

/**
 * Starts the built CLI's batch of pupils' PDFs with `jobs` (2: worker threads) and sends
 * `signal` once a centre is done and, with `noted`, the journal has a line (it is written just
 * after the progress line of the centres it notes, so at the latest with the next task's).
 */
function interruptedBatch(
  profiles: string,
  out: string,
  signal: NodeJS.Signals,
  { jobs, noted }: { jobs: 1 | 2; noted: boolean },
) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => {
      const child = spawn(
        process.execPath,
        [
          BIN,
          "batch",
          ...PUPILS,
          "--documents",
          "letters",
          "--profiles",
          profiles,
          "--out",
          out,
          "--formats",
          "pdf",
          "--jobs",
          String(jobs),
        ],
        {
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let stderr = "";
      let sent = false;
      child.stdout.on("data", (chunk: Buffer) => {
        if (sent || !/^\d+\/\d+ centra/m.test(chunk.toString())) return;
        const journal = path.join(out, JOURNAL_NAME);
        if (!noted || (existsSync(journal) && statSync(journal).size > 0)) {
          sent = true;
          child.kill(signal);
        }
      });
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on("exit", (code, killedBy) => resolve({ code, signal: killedBy, stderr }));
    },
  );
}

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** Every manifest entry's file exists and has exactly the listed bytes. */
async function manifestIsTrue(out: string): Promise<number> {
  const manifest = ManifestSchema.parse(
    JSON.parse(await readFile(path.join(out, "manifest.json"), "utf8")),
  );
  for (const entry of manifest.letters) {
    const data = await readFile(path.join(out, entry.path));
    expect(createHash("sha256").update(data).digest("hex"), entry.path).toBe(entry.sha256);
  }
  return manifest.letters.length;
}

describe("an interrupted batch", () => {
  // SIGINT (Ctrl+C) and SIGTERM (a service manager, `kill`) take the same path: each is a
  // listener that aborts the batch. Here each comes the way the process's own listeners get
  // it, in this thread, once the first of 3 centres is done: with one job the batch looks for it
  // before each next centre, so exactly one centre's letters are made, every time.
  it.each(["SIGINT", "SIGTERM"] as const)(
    "stops cleanly on %s: no half letter, a true manifest, a re-run makes only the rest",
    async (signal) => {
      const dir = await tempDir();
      const profiles = path.join(dir, "profielen");
      writeSyntheticProfiles(profiles, 3);
      const out = path.join(dir, "out");
      const batch = ["batch", "--documents", "letters", "--profiles", profiles, "--out", out];
      const args = [...batch, "--formats", "pdf", ...ONE_JOB, ...PUPILS];
      const result = await runCli(args, {
        onOut: (line) => {
          if (/^1\/3 centra/.test(line)) process.emit(signal, signal);
        },
      });
      expect(result.code).toBe(130);
      expect(result.stderr).toContain("Onderbroken.");
      expect(await allFiles(out)).not.toContainEqual(expect.stringMatching(/clb-tmp|journal/));
      expect(await manifestIsTrue(out)).toBe(2);

      const rerun = await runCli(args);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(rerun.stdout).toContain("Brieven: 4 geschreven, 2 ongewijzigd");
      expect(await manifestIsTrue(out)).toBe(6);
    },
  );

  // The real signal, from outside, to the built CLI while its worker threads make letters: the
  // threads' tasks are given up and the process ends promptly with 130 (not killed by it).
  it("stops cleanly on a real SIGINT to the process while its worker threads work", async () => {
    const dir = await tempDir();
    const profiles = path.join(dir, "profielen");
    writeSyntheticProfiles(profiles, CENTRES.jobs2);
    const out = path.join(dir, "out");
    const result = await interruptedBatch(profiles, out, "SIGINT", { jobs: 2, noted: false });
    expect([result.code, result.signal]).toEqual([130, null]);
    expect(result.stderr).toContain("Onderbroken.");
    expect(await allFiles(out)).not.toContainEqual(expect.stringMatching(/clb-tmp|journal/));
    const listed = await manifestIsTrue(out);
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThan(CENTRES.jobs2 * 2);
  });

  it("killed with SIGKILL, leaves only whole letters and a true manifest; the next run completes", async () => {
    const PDFS = CENTRES.jobs1 * 2;
    const dir = await tempDir();
    const profiles = path.join(dir, "profielen");
    writeSyntheticProfiles(profiles, CENTRES.jobs1);
    const out = path.join(dir, "out");
    // One job: what a kill leaves does not depend on where the letters were made, and threads
    // take a second or two to start.
    const result = await interruptedBatch(profiles, out, "SIGKILL", { jobs: 1, noted: true });
    expect(result.signal).toBe("SIGKILL");
    await manifestIsTrue(out);
    // Letters in place are whole: each PDF ends with its end-of-file marker.
    for (const file of (await allFiles(out)).filter((f) => f.endsWith(".pdf"))) {
      expect((await readFile(path.join(out, file))).subarray(-6).toString()).toMatch(/%%EOF/);
    }
    // The journal noted letters as they were written; with the manifest, every entry is true.
    const noted = await readManifest(out);
    expect(noted.size).toBeGreaterThan(0);
    expect(noted.size).toBeLessThan(PDFS);
    for (const entry of noted.values()) {
      const data = await readFile(path.join(out, entry.path));
      expect(createHash("sha256").update(data).digest("hex"), entry.path).toBe(entry.sha256);
    }
    // The next run is the same built CLI as the killed one: a manifest's generator names the
    // build, so the sources run in-process would rightly remake every letter.
    const rerun = await spawnCli([
      "batch",
      "--documents",
      "letters",
      "--formats",
      "pdf",
      "--profiles",
      profiles,
      "--out",
      out,
      ...ONE_JOB,
      ...PUPILS,
    ]);
    expect(rerun.code).toBe(0);
    // What the killed run noted is not made again.
    expect(rerun.stdout).toContain(
      `Brieven: ${PDFS - noted.size} geschreven, ${noted.size} ongewijzigd`,
    );
    expect(await allFiles(out)).not.toContainEqual(expect.stringMatching(/clb-tmp|journal/));
    expect(await manifestIsTrue(out)).toBe(PDFS);
  });
});

describe("two batches into one folder", () => {
  it("the second stops with a message and writes nothing while the first runs", async () => {
    const dir = await tempDir();
    const profiles = path.join(dir, "profielen");
    writeSyntheticProfiles(profiles, 2);
    const out = path.join(dir, "out");
    await mkdir(out);
    // A batch that is still running, as far as the lock can tell.
    const first = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      await writeFile(path.join(out, ".clb-consent-batch.lock"), `${first.pid}\n`);
      const second = await runCli([
        "batch",
        "--documents",
        "letters",
        "--profiles",
        profiles,
        "--out",
        out,
        ...ONE_JOB,
        ...PUPILS,
      ]);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(
        `Er loopt al een batch die in ${out} schrijft (proces ${first.pid})`,
      );
      expect(await allFiles(out)).toEqual([".clb-consent-batch.lock"]);
    } finally {
      // Until the killed process is reaped it still counts as running (kill(pid, 0) finds it):
      // the next batch starts once it is gone, as after a batch that ended.
      const gone = once(first, "exit");
      first.kill();
      await gone;
    }
    const after = await runCli([
      "batch",
      "--documents",
      "letters",
      "--profiles",
      profiles,
      "--out",
      out,
      ...ONE_JOB,
      ...PUPILS,
    ]);
    expect(after.code, after.stderr).toBe(0);
    expect(await allFiles(out)).not.toContain(".clb-consent-batch.lock");
    expect(await manifestIsTrue(out)).toBe(8);
  });
});

describe("the manifest journal", () => {
  it("notes each centre's letters while the batch runs, and is gone when it ends", async () => {
    const dir = await tempDir();
    const profiles = path.join(dir, "profielen");
    writeSyntheticProfiles(profiles, 3);
    const out = path.join(dir, "out");
    const seen: string[][] = [];
    const result = await runBatch({
      audiences: ["pupil"],
      profilesDir: profiles,
      outDir: out,
      formats: ["pdf"],
      jobs: 1,
      // What a kill at this moment would leave: the centres noted so far.
      onProgress: () => {
        const journal = path.join(out, "manifest-journal.jsonl");
        const lines = existsSync(journal) ? readFileSync(journal, "utf8").split("\n") : [];
        seen.push(lines.filter(Boolean).map((line) => JSON.parse(line).centre));
      },
    });
    expect(result.written).toBe(6);
    // The first centre's letters are noted by the time the second one is done.
    expect(seen.at(-1)!.length).toBeGreaterThanOrEqual(4);
    expect(seen.at(-1)).toContain("clb-synth-0000");
    expect(await allFiles(out)).not.toContain("manifest-journal.jsonl");
    expect(await manifestIsTrue(out)).toBe(6);
  });
});

/**
 * Templates whose Teams letter does not fit a worker with a 32 MB heap. A letter of some 900,000
 * characters (a partial included five times; a letter may have a million) needs some 52-56 MB of
 * old-generation heap on this machine, a letter without the partial some 20-24 MB: with 32 MB the
 * worker loads and dies while rendering, as a real one would, with a wide margin either side. (CI
 * once let a letter with the partial four times through a 48 MB heap: GC timing differs between
 * machines.)
 */
async function teamsTooLargeForHeap(): Promise<string> {
  const paragraph = `${"Een lange alinea die de brief heel groot maakt. ".repeat(20)}\n\n`;
  const templatesDir = await editedTemplates([
    {
      file: "teams.md.hbs",
      remove: /$/,
      with: "\n\n{{> groot}}\n{{> groot}}\n{{> groot}}\n{{> groot}}\n{{> groot}}\n",
    },
  ]);
  await writeFile(path.join(templatesDir, "partials", "groot.md.hbs"), paragraph.repeat(180));
  return templatesDir;
}

describe("a worker thread that runs out of memory", () => {
  // One batch for what were two tests (each started its threads and ran out of memory two to
  // four times): the centre too big fails alone with a clear message, the centre in hand with
  // it gets its letter, the progress counts it as done, and --jobs 1 then makes it.
  it("fails the centre too big for it alone, with a clear message and no half letter; --jobs 1 then makes it", async () => {
    const dir = await tempDir();
    const profiles = path.join(dir, "profielen");
    await mkdir(profiles);
    // 8 centres and 2 jobs: a thread takes 2 centres at a time. Only clb-00 uses Teams, whose
    // template is made too large for a 32 MB heap; clb-01 is in the same task.
    for (let i = 0; i < 8; i += 1) {
      const id = `clb-${String(i).padStart(2, "0")}`;
      const tools = i === 0 ? "tools: [teams]" : "tools: [praatbox]";
      await writeFile(path.join(profiles, `${id}.yaml`), profileYaml({ id: `id: ${id}`, tools }));
    }
    const out = path.join(dir, "out");
    const options = {
      audiences: ["pupil"] as const,
      profilesDir: profiles,
      outDir: out,
      formats: ["pdf"] as const,
      templatesDir: await teamsTooLargeForHeap(),
    };
    const progress: BatchProgress[] = [];
    const result = await runBatch({
      ...options,
      jobs: 2,
      workerHeapMb: 32,
      onProgress: (p) => progress.push(p),
    });
    expect(result.failures.map((f) => [path.basename(f.file), f.error.key])).toEqual([
      ["clb-00.yaml", "batch.outOfMemory"],
    ]);
    const message = formatUserError(
      createTranslator("nl"),
      new UserError(result.failures[0]!.error.key, result.failures[0]!.error.params),
    );
    expect(message).toMatch(/clb-00\.yaml.*32 MB.*--jobs 1/s);
    // The progress bar counts the centre that ran out of memory as done.
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(progress.at(-1)).toMatchObject({ total: 8, letters: 7 });
    expect(progress.map((p) => p.centre)).toContain("clb-00");
    expect(result.written).toBe(7);
    expect(await readdir(path.join(out, "clb-01"))).toEqual(["toestemming-praatbox.pdf"]);
    expect((await allFiles(out)).filter((f) => !/^clb-0[1-7]\//.test(f))).toEqual([
      "manifest.json",
    ]);
    expect(await manifestIsTrue(out)).toBe(7);

    const again = await runBatch({ ...options, jobs: 1 });
    expect(again.failures).toEqual([]);
    expect([again.written, again.unchanged]).toEqual([1, 7]);
    expect(await manifestIsTrue(out)).toBe(8);
  });
});

describe("centres taken a few at a time by a thread", () => {
  it("a character no PDF font has stops that PDF only: the centre's other letters are made", async () => {
    const dir = await tempDir();
    const profiles = path.join(dir, "profielen");
    await mkdir(profiles);
    await writeFile(
      path.join(profiles, "devanagari.yaml"),
      profileYaml({ id: "id: clb-devanagari", name: 'name: "CLB नमस्ते"' }),
    );
    writeSyntheticProfiles(profiles, 8);
    const out = path.join(dir, "out");
    // Two jobs: the letters are made in worker threads, which never read the profile again.
    const result = await runBatch({
      audiences: ["pupil"],
      profilesDir: profiles,
      outDir: out,
      formats: ["pdf", "docx"],
      jobs: 2,
    });
    expect(result.failures.map((f) => [f.tool, f.error.key])).toEqual([
      ["teams", "pdf.unprintable"],
      ["praatbox", "pdf.unprintable"],
    ]);
    // The field's line, as the profile's loader noted it in the main thread.
    const text = await readFile(path.join(profiles, "devanagari.yaml"), "utf8");
    expect(result.failures[0]!.error.problems[0]).toMatchObject({
      field: "name",
      line: text.split("\n").findIndex((l) => l.startsWith("name:")) + 1,
      key: "pdf.unprintableChar",
    });
    expect((await readdir(path.join(out, "clb-devanagari"))).sort()).toEqual([
      "toestemming-praatbox.docx",
      "toestemming-teams.docx",
    ]);
    expect(result.written).toBe(8 * 4 + 2);
    expect(await manifestIsTrue(out)).toBe(8 * 4 + 2);
  });
});

describe("a logo that changes while a batch runs", () => {
  it("makes no letters for a centre whose logo changed during the run; the others get theirs", async () => {
    const dir = await tempDir("clb-logo-changed-");
    const profiles = path.join(dir, "profielen");
    await cp(PROFILES, profiles, { recursive: true });
    // A second centre with a logo, read last (profiles are read in name order).
    const logo = path.join(profiles, "logos", "zz.png");
    await copyFile(path.join(profiles, "logos", "clb-de-brug.png"), logo);
    await writeFile(
      path.join(profiles, "zz-logo.yaml"),
      profileYaml({ id: "id: clb-zz", logo: "logo: logos/zz.png" }),
    );
    const out = path.join(dir, "out");
    let changed = false;
    const result = await runBatch({
      audiences: ["pupil"],
      profilesDir: profiles,
      outDir: out,
      formats: ["pdf", "docx"],
      jobs: 1,
      // Once the first centre is done, the last one's logo is replaced by another image.
      onProgress: () => {
        if (changed) return;
        changed = true;
        const other = readFileSync(logo);
        other[other.length - 20] = (other[other.length - 20]! + 1) % 256;
        writeFileSync(logo, other);
      },
    });
    expect(result.failures.map((f) => [path.basename(f.file), f.error.key])).toEqual([
      ["zz-logo.yaml", "batch.logoChanged"],
    ]);
    const message = formatUserError(
      createTranslator("nl"),
      new UserError(result.failures[0]!.error.key, result.failures[0]!.error.params),
    );
    expect(message).toMatch(/zz-logo\.yaml: het logo .*zz\.png is veranderd .*opnieuw/);
    expect(result.written).toBe(22);
    const files = await allFiles(out);
    expect(files.filter((f) => f.startsWith("clb-zz"))).toEqual([]);
    expect(await manifestIsTrue(out)).toBe(22);

    // The next run makes that centre's letters, from the logo as it is now.
    const again = await runBatch({
      audiences: ["pupil"],
      profilesDir: profiles,
      outDir: out,
      formats: ["pdf", "docx"],
    });
    expect(again.failures).toEqual([]);
    expect([again.written, again.unchanged]).toEqual([4, 22]);
  });
});
