import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { appendFile, cp, mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ManifestSchema } from "../../src/node/batch/manifest.js";
import { PROFILES, profileYaml, runCli, TEMPLATES, tempDir } from "../helpers/cli.js";
import { editedTemplates } from "../helpers/edit-templates.js";

// These batches make their letters in the test's own thread (--jobs 1): what they check is what a
// batch does, not its worker threads, which have tests of their own (--jobs 2, and --jobs 1
// against --jobs 2 byte for byte). Starting two threads for each run was most of their time.
const ONE_JOB = ["--jobs", "1"];
// They run on the pupils' letters (--audience pupil) to keep them as fast as before; the
// parents' letters in a batch: letter-audiences.test.ts.
const PUPILS = ["--audience", "pupil"];

/**
 * A copy of the example profiles (or only the `only` ones, where the number of centres does not
 * matter: each centre's letters cost time), plus any extra files.
 */
async function profilesDir(
  extra: Record<string, string> = {},
  only?: readonly string[],
): Promise<string> {
  const dir = path.join(await tempDir("clb-batch-"), "profielen");
  await cp(PROFILES, dir, {
    recursive: true,
    filter: (from) =>
      !only || !from.endsWith(".yaml") || only.includes(path.basename(from, ".yaml")),
  });
  for (const [name, text] of Object.entries(extra)) await writeFile(path.join(dir, name), text);
  return dir;
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.relative(dir, path.join(entry.parentPath, entry.name)));
  }
  return out.sort();
}

const sha = (data: Buffer) => createHash("sha256").update(data).digest("hex");

describe("clb-consent batch", () => {
  it("makes every good centre's letters, skips broken profiles, names duplicate ids, exits 1", async () => {
    const profiles = await profilesDir({
      "kapot.yaml": profileYaml({ id: "id: clb-kapot", email: "email: geen-adres" }),
      "dubbel-a.yaml": profileYaml({ id: "id: clb-dubbel" }),
      "dubbel-b.yaml": profileYaml({ id: "id: clb-dubbel" }),
    });
    const out = path.join(path.dirname(profiles), "out");
    const result = await runCli([
      "batch",
      "--audience",
      "pupil",
      "--documents",
      "letters",
      "--profiles",
      profiles,
      "--out",
      out,
      ...ONE_JOB,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /kapot\.yaml:\d+:\d+ {2}email: “geen-adres” is geen geldig e-mailadres/,
    );
    expect(result.stderr).toMatch(/de id “clb-dubbel”: .*dubbel-a\.yaml, .*dubbel-b\.yaml/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toMatch(
      /Centra: 8, waarvan 3 zonder brieven\. Brieven: 22 geschreven, 0 ongewijzigd, 0 niet gemaakt\./,
    );
    expect(result.stdout).toMatch(/ Duur: \d+,\d s\. Manifest: /);
    // Off a terminal, one line per centre: centres done, letters written so far, the centre.
    expect(result.stdout).toMatch(/^1\/5 centra, (\d|10) brieven – clb-[a-z-]+$/m);
    expect(result.stdout).toMatch(/^5\/5 centra, 22 brieven – clb-[a-z-]+$/m);
    const files = await listFiles(out);
    expect(files).not.toContainEqual(expect.stringMatching(/clb-kapot|clb-dubbel|clb-tmp/));
    expect(files).toContain("clb-de-brug/toestemming-teams.pdf");
    expect(files).toContain("clb-praatbox/toestemming-praatbox.docx");
    expect(files.filter((f) => f.endsWith(".pdf"))).toHaveLength(11);
    expect(files.filter((f) => f.endsWith(".docx"))).toHaveLength(11);
  });

  it("writes a manifest whose hashes match the letters and the inputs they came from", async () => {
    // A centre with a logo (an input too) and one with its own letter date.
    const profiles = await profilesDir({}, ["clb-de-brug", "clb-wereldwijd"]);
    const out = path.join(path.dirname(profiles), "out");
    expect(
      (
        await runCli([
          "batch",
          "--audience",
          "pupil",
          "--documents",
          "letters",
          "--profiles",
          profiles,
          "--out",
          out,
          "--jobs",
          "1",
        ])
      ).code,
    ).toBe(0);
    const manifest = ManifestSchema.parse(
      JSON.parse(await readFile(path.join(out, "manifest.json"), "utf8")),
    );
    expect(manifest.letters).toHaveLength(8);
    // Every input hash against the file it names: batch-manifest-inputs.test.ts.
    for (const entry of manifest.letters) {
      const data = await readFile(path.join(out, entry.path));
      expect(entry.sha256).toBe(sha(data));
      expect(entry.size).toBe(data.length);
      expect(entry.path).toBe(`${entry.centre}/toestemming-${entry.tool}.${entry.format}`);
      const profile = await readFile(path.join(profiles, `${entry.centre}.yaml`));
      const logo =
        entry.centre === "clb-de-brug"
          ? await readFile(path.join(profiles, "logos", "clb-de-brug.png"))
          : Buffer.from("");
      expect(entry.inputs.profile).toBe(sha(Buffer.concat([profile, logo])));
    }
    expect(manifest.letters.find((e) => e.centre === "clb-wereldwijd")?.date).toBe("2026-12-01");
  });

  it("rewrites nothing when nothing changed, only what changed, and everything with --force", async () => {
    const profiles = await profilesDir({}, ["clb-minimaal", "clb-praatbox"]);
    const out = path.join(path.dirname(profiles), "out");
    const first = await runCli([
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
    // A run that goes well says nothing on stderr: no stray lines, no warnings.
    expect([first.code, first.stderr]).toEqual([0, ""]);
    const letter = path.join(out, "clb-minimaal", "toestemming-teams.pdf");
    const before = (await stat(letter)).mtimeMs;
    const again = await runCli([
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
    expect([again.code, again.stderr]).toEqual([0, ""]);
    expect(again.stdout).toMatch(/Brieven: 0 geschreven, 4 ongewijzigd/);
    expect((await stat(letter)).mtimeMs).toBe(before);

    const minimal = path.join(profiles, "clb-minimaal.yaml");
    await writeFile(
      minimal,
      (await readFile(minimal, "utf8")).replace("name: CLB Minimaal", "name: CLB Minimaal-Oost"),
    );
    const changed = await runCli([
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
    expect(changed.stdout).toMatch(/Brieven: 2 geschreven, 2 ongewijzigd/);

    const forced = await runCli([
      "batch",
      "--documents",
      "letters",
      "--profiles",
      profiles,
      "--out",
      out,
      "--force",
      ...ONE_JOB,
      ...PUPILS,
    ]);
    expect(forced.stdout).toMatch(/Brieven: 4 geschreven, 0 ongewijzigd/);

    // A different option that changes the letters is a change too.
    const signed = await runCli([
      "batch",
      "--documents",
      "letters",
      "--profiles",
      profiles,
      "--out",
      out,
      "--signature",
      ...ONE_JOB,
      ...PUPILS,
    ]);
    expect(signed.stdout).toMatch(/Brieven: 4 geschreven, 0 ongewijzigd/);
  });

  it("gives identical letters and manifest with --jobs 1 and --jobs 2", async () => {
    const profiles = await profilesDir();
    const one = path.join(path.dirname(profiles), "een");
    const two = path.join(path.dirname(profiles), "twee");
    await runCli([
      "batch",
      "--audience",
      "pupil",
      "--documents",
      "letters",
      "--profiles",
      profiles,
      "--out",
      one,
      "--jobs",
      "1",
      "--formats",
      "pdf,docx,md,txt",
    ]);
    const twoJobs = await runCli([
      "batch",
      "--audience",
      "pupil",
      "--documents",
      "letters",
      "--profiles",
      profiles,
      "--out",
      two,
      "--jobs",
      "2",
      "--formats",
      "pdf,docx,md,txt",
    ]);
    expect([twoJobs.code, twoJobs.stderr]).toEqual([0, ""]);
    const files = await listFiles(one);
    expect(files).toEqual(await listFiles(two));
    expect(files).toHaveLength(11 * 4 + 1);
    for (const file of files) {
      expect(
        (await readFile(path.join(one, file))).equals(await readFile(path.join(two, file))),
        file,
      ).toBe(true);
    }
  }, 120_000); // several batches of the five example centres: slow on a shared machine

  it("makes a centre's letters the same after other centres' letters as on their own", async () => {
    // The "ﬁ" typed in the name is the glyph the examples' "fi" is drawn with; each letter must
    // map it back to its own characters, whatever letters the batch made before it.
    const profiles = await profilesDir({
      "zz-ligatuur.yaml": profileYaml({ id: "id: clb-ligatuur", name: 'name: "CLB ﬁjn Œuvre"' }),
    });
    const batchOut = path.join(path.dirname(profiles), "batch");
    const aloneOut = path.join(path.dirname(profiles), "alleen");
    const batch = await runCli([
      "batch",
      "--audience",
      "pupil",
      "--documents",
      "letters",
      "--profiles",
      profiles,
      "--out",
      batchOut,
      "--jobs",
      "1",
      "--formats",
      "pdf",
    ]);
    expect([batch.code, batch.stderr]).toEqual([0, ""]);
    const alone = await runCli([
      "generate",
      ...PUPILS,
      "--documents",
      "letters",
      "--profile",
      path.join(profiles, "zz-ligatuur.yaml"),
      "--format",
      "pdf",
      "--out",
      aloneOut,
    ]);
    expect(alone.code).toBe(0);
    const letters = (await listFiles(aloneOut)).filter((file) => file.endsWith(".pdf"));
    expect(letters.length).toBeGreaterThan(0);
    for (const file of letters) {
      expect(
        (await readFile(path.join(aloneOut, file))).equals(
          await readFile(path.join(batchOut, file)),
        ),
        file,
      ).toBe(true);
    }
  });

  it("cleans up temporary files an interrupted run left behind", async () => {
    const profiles = await profilesDir({}, ["clb-de-brug"]);
    const out = path.join(path.dirname(profiles), "out");
    await runCli([
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
    await writeFile(path.join(out, "clb-de-brug", ".toestemming-teams.pdf.a1b2c3.clb-tmp"), "half");
    const result = await runCli([
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
    expect(result.stderr).toContain("1 tijdelijk(e) bestand(en) van een onderbroken run opgeruimd");
    expect(await listFiles(out)).not.toContainEqual(expect.stringMatching(/clb-tmp/));
  });

  it("refuses to write a letter that misses a required clause", async () => {
    const profiles = await profilesDir({}, ["clb-de-brug"]);
    const out = path.join(path.dirname(profiles), "out");
    const templates = await editedTemplates([
      { file: "partials/datalek.md.hbs", remove: /^[\s\S]*$/ },
    ]);
    const result = await runCli([
      "batch",
      "--audience",
      "pupil",
      "--documents",
      "letters",
      "--profiles",
      profiles,
      "--out",
      out,
      "--templates",
      templates,
      ...ONE_JOB,
      ...PUPILS,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /De brief voor teams van clb-de-brug\.yaml is niet geschreven: er ontbreekt een verplichte clausule/,
    );
    expect(result.stderr).toMatch(
      /datalek: Bij een datalek met een hoog risico verwittigen we de cliënt zonder uitstel: ontbreekt/,
    );
    expect(result.stdout).toMatch(
      /waarvan 0 zonder brieven\. Brieven: 0 geschreven, 0 ongewijzigd, [1-9]\d* niet gemaakt\./,
    );
    expect(await listFiles(out)).toEqual(["manifest.json"]);
    const manifest = ManifestSchema.parse(
      JSON.parse(await readFile(path.join(out, "manifest.json"), "utf8")),
    );
    expect(manifest.letters).toEqual([]);
  });

  it.each([
    ["checklist.yaml", "clauses", /De checklist .*checklist\.yaml bevat fouten/g],
    ["tools.yaml", "tools", /Het bestand met hulpmiddelen .*tools\.yaml bevat fouten/g],
  ])("a broken %s stops the batch before any letter, reported once", async (file, key, message) => {
    const dir = await tempDir();
    const templates = path.join(dir, "templates");
    await cp(TEMPLATES, templates, { recursive: true });
    await appendFile(path.join(templates, file), `${key}: [\n`);
    const out = path.join(dir, "out");
    const result = await runCli([
      "batch",
      "--profiles",
      PROFILES,
      "--documents",
      "letters",
      "--templates",
      templates,
      "--out",
      out,
      ...ONE_JOB,
      ...PUPILS,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr.match(message)).toHaveLength(1);
    expect(result.stderr).toContain(`Het veld “${key}” staat hier twee keer`);
    // A broken tools.yaml is found before the output folder is even made.
    expect(existsSync(out) ? await readdir(out) : []).toEqual([]);
  });

  it("a --profiles folder that is missing, a file or empty: exit 1, what to give, no out folder", async () => {
    const dir = await tempDir();
    const empty = path.join(dir, "leeg");
    await mkdir(empty);
    const file = path.join(dir, "een.yaml");
    await writeFile(file, "id: clb-een\n");
    const cases: [string, RegExp][] = [
      [
        path.join(dir, "bestaat-niet"),
        /^Fout: De map .*bestaat-niet bestaat niet\. Geef met --profiles/,
      ],
      [file, /^Fout: .*een\.yaml is een bestand, geen map: --profiles verwacht de map/],
      [empty, /^Fout: In de map .*leeg staat geen profiel \(geen \.yaml- of \.yml-bestand\)/],
    ];
    for (const [profiles, message] of cases) {
      const out = path.join(dir, "out");
      const result = await runCli([
        "batch",
        "--audience",
        "pupil",
        "--documents",
        "letters",
        "--profiles",
        profiles,
        "--out",
        out,
      ]);
      expect(result.code, profiles).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
  });

  it("wrong usage exits 2", async () => {
    for (const args of [
      ["batch", "--documents", "letters", "--jobs", "0"],
      ["batch", "--documents", "letters", "--formats", "odt"],
      ["batch", "--documents", "letters", "--tools", "webex"],
    ]) {
      const result = await runCli(args);
      expect(result.code, args.join(" ")).toBe(2);
    }
  });
});
