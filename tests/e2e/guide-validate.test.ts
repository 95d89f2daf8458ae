import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/node/cli/run.js";
import { PROFILES, tempDir } from "../helpers/cli.js";
import { editedTemplates } from "../helpers/edit-templates.js";

async function cli(args: readonly string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const DE_BRUG = path.join(PROFILES, "clb-de-brug.yaml");
const PASSWORD_STEP = /\n2\. \*\*Zet een sterk wachtwoord[^\n]*/;

describe("validate checks the staff guides against guide-checklist.yaml", () => {
  it("passes the shipped guide templates with every example profile, strictly", async () => {
    const result = await cli(["validate", "--strict", "--profiles", PROFILES]);
    expect(result.code, result.stdout).toBe(0);
    for (const tool of ["teams", "praatbox", "zoom", "jitsi", "google-meet"]) {
      for (const id of ["clb-de-brug", "clb-minimaal", "clb-praatbox", "clb-wereldwijd"]) {
        expect(result.stdout).toContain(`✓ ${path.join("templates", "guides", `${tool}.md.hbs`)}`);
        expect(result.stdout).toMatch(new RegExp(`guides/${tool}\\.md\\.hbs met ${id}\\.yaml`));
      }
    }
    expect(result.stdout).toMatch(/✓ wachtwoord-controleren/);
    expect(result.stdout).toMatch(/✓ prive-team/);
  });

  it("fails a Praatbox guide template without the password warning, naming template and clause", async () => {
    const dir = await editedTemplates([{ file: "guides/praatbox.md.hbs", remove: PASSWORD_STEP }]);
    const file = path.join(dir, "guides", "praatbox.md.hbs");
    const result = await cli(["validate", file, "-p", DE_BRUG]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✗ .*guides\/praatbox\.md\.hbs met clb-de-brug\.yaml/);
    expect(result.stdout).toMatch(/✗ wachtwoord: Een sterk wachtwoord op de ruimte zetten/);
    expect(result.stdout).toMatch(/✓ wachtwoord-controleren/);
    expect(result.stdout).toContain("Niet in orde");
  });

  it("fails a Teams guide template that no longer says to keep teams private", async () => {
    const dir = await editedTemplates([
      { file: "guides/teams.md.hbs", remove: /\n- \*\*Houd je teams altijd privé[^\n]*/ },
    ]);
    const result = await cli(["validate", path.join(dir, "guides", "teams.md.hbs"), "-p", DE_BRUG]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✗ prive-team: Teams altijd privé houden/);
  });

  it("fails every guide when a shared partial loses a consent route, in English with --lang en", async () => {
    const dir = await editedTemplates([
      {
        file: "guides/partials/akkoord.md.hbs",
        remove: /\n2\. \*\*Met een handtekening[^\n]*/,
      },
    ]);
    const partial = path.join(dir, "guides", "partials", "akkoord.md.hbs");
    const result = await cli(["validate", partial, "-p", DE_BRUG, "--json", "--lang", "en"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      targets: { file: string; clauses: { id: string; status: string }[] }[];
    };
    const failing = report.targets.filter((t) =>
      t.clauses.some((c) => c.id === "route-handtekening" && c.status !== "ok"),
    );
    // All five guide templates include the partial, so all five fail.
    expect(failing.map((t) => path.basename(t.file)).sort()).toEqual([
      "google-meet.md.hbs",
      "jitsi.md.hbs",
      "praatbox.md.hbs",
      "teams.md.hbs",
      "zoom.md.hbs",
    ]);
  });

  it("checks a written guide file too, and names a clause someone deleted from it", async () => {
    const out = await tempDir();
    const made = await cli([
      "generate",
      "-p",
      DE_BRUG,
      "-t",
      "praatbox",
      "-f",
      "txt",
      "--documents",
      "guides",
      "-o",
      out,
    ]);
    expect(made.code, made.stderr).toBe(0);
    const file = path.join(out, "clb-de-brug", "handleiding-praatbox.txt");
    const ok = await cli(["validate", "--strict", file, "-p", DE_BRUG]);
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.stdout).toContain("(handleiding voor praatbox)");

    const text = await readFile(file, "utf8");
    const edited = text.replace(/Controleer het wachtwoord[^\n]*\n/, "");
    expect(edited).not.toBe(text);
    await writeFile(file, edited);
    const bad = await cli(["validate", file]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/✗ wachtwoord-controleren/);
  });
});

describe("generate --documents", () => {
  it("makes letters and guides by default, letters only or guides only when asked", async () => {
    const out = await tempDir();
    const args = ["generate", "-p", DE_BRUG, "-t", "teams", "-f", "txt", "-o"];
    expect((await cli([...args, path.join(out, "both")])).code).toBe(0);
    expect((await cli([...args, path.join(out, "l"), "--documents", "letters"])).code).toBe(0);
    const guides = await cli([...args, path.join(out, "g"), "--documents", "guides"]);
    expect(guides.code).toBe(0);
    expect(guides.stdout).toMatch(/^Handleidingen gemaakt: 1, in /m);
    const list = (sub: string) => readdir(path.join(out, sub, "clb-de-brug"));
    // Letters are the pupil's and the parents' (--audience defaults to all).
    expect((await list("both")).sort()).toEqual([
      "handleiding-teams.txt",
      "toestemming-teams-ouders.txt",
      "toestemming-teams.txt",
    ]);
    expect((await list("l")).sort()).toEqual([
      "toestemming-teams-ouders.txt",
      "toestemming-teams.txt",
    ]);
    expect(await list("g")).toEqual(["handleiding-teams.txt"]);
  });

  it("refuses an unknown document kind with exit 2 and a Dutch message", async () => {
    const result = await cli(["generate", "-p", DE_BRUG, "--documents", "brieven"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Het soort document “brieven” bestaat niet");
    expect(result.stderr).toContain("letters, guides");
  });

  it("writes nothing, not even the letter, when a guide misses a required clause", async () => {
    const dir = await editedTemplates([{ file: "guides/praatbox.md.hbs", remove: PASSWORD_STEP }]);
    const out = await tempDir();
    const result = await cli([
      "generate",
      "-p",
      DE_BRUG,
      "-t",
      "praatbox",
      "--templates",
      dir,
      "-o",
      out,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("de handleiding voor praatbox mist een verplichte clausule");
    expect(result.stderr).toMatch(/guides\/praatbox\.md\.hbs.*wachtwoord/);
    expect(await readdir(out)).toEqual([]);
  });
});
