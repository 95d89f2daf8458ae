import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFile, copyFile, cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ManifestSchema } from "../../src/node/batch/manifest.js";
import { run } from "../../src/node/cli/run.js";
import { PROFILES, TEMPLATES, tempDir } from "../helpers/cli.js";

/** "Today" for every run of this file: noon, so the day is the same in any time zone. */
const TODAY = new Date("2026-12-03T12:00:00");

async function cli(
  argv: string[],
  now: Date = TODAY,
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => now,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const sha = (data: Buffer) => createHash("sha256").update(data).digest("hex");

const out = path.join(await tempDir("clb-proof-"), "out");
// As `generate` does: the files, then their entries in the output folder's manifest.
const generated = await cli([
  "generate",
  "--profile",
  path.join(PROFILES, "clb-de-brug.yaml"),
  "--format",
  "pdf,docx,eml,md",
  "--out",
  out,
]);
if (generated.code !== 0) throw new Error(generated.err);
const pdf = path.join(out, "clb-de-brug", "toestemming-teams.pdf");
const parentsPdf = path.join(out, "clb-de-brug", "toestemming-teams-ouders.pdf");

/** A letter's title as its Markdown twin writes it (the H1), which proof must not read. */
async function titleOf(letter: string): Promise<string> {
  const md = await readFile(`${letter.slice(0, -path.extname(letter).length)}.md`, "utf8");
  const h1 = md.split("\n").find((line) => line.startsWith("# "));
  if (!h1) throw new Error(`no title in the Markdown of ${letter}`);
  return h1.slice(2).replace(/\\(.)/g, "$1");
}
const PUPIL_TITLE = await titleOf(pdf);
const manifest = ManifestSchema.parse(
  JSON.parse(await readFile(path.join(out, "manifest.json"), "utf8")),
);

describe("clb-consent proof", () => {
  it("prints the note in Dutch with the letter's sha256 as sha256sum and the manifest give it", async () => {
    const {
      code,
      out: note,
      err,
    } = await cli(["proof", pdf, "--route", "email", "--date", "2026-12-01"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const hash = sha(await readFile(pdf));
    // What an inspector would run.
    expect(execFileSync("sha256sum", [pdf], { encoding: "utf8" }).split(" ")[0]).toBe(hash);
    expect(
      manifest.letters.find((l) => l.path === "clb-de-brug/toestemming-teams.pdf")?.sha256,
    ).toBe(hash);
    expect(note.split("\n")).toEqual([
      "Geïnformeerde toestemming voor beeldbellen",
      "Datum van het akkoord: 1 december 2026",
      "Manier: Per e-mail (antwoord ‘akkoord’ op de e-mail met de brief)",
      "Akkoord van: de leerling",
      "Hulpmiddel: Microsoft Teams",
      "Centrum: Vrij CLB De Brug",
      "Brief voor: de leerling",
      `Titel van de brief: ${PUPIL_TITLE}`,
      "Brief: versie 2026.1 van 23 november 2026, clb-de-brug/toestemming-teams.pdf",
      `SHA-256 van de brief (zoals in het manifest): ${hash}`,
    ]);
  });

  it("names the parents' letter and its own title in the note for a parent's agreement", async () => {
    const {
      code,
      out: note,
      err,
    } = await cli(["proof", parentsPdf, "--route", "signature", "--date", "2026-12-01"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const lines = note.split("\n");
    expect(lines).toContain("Akkoord van: een ouder of voogd");
    expect(lines).toContain("Brief voor: de ouders of voogd");
    expect(lines).toContain(`Titel van de brief: ${await titleOf(parentsPdf)}`);
    expect(lines).toContain(
      "Brief: versie 2026.1 van 23 november 2026, clb-de-brug/toestemming-teams-ouders.pdf",
    );
    expect(lines).not.toContain("Brief voor: de leerling");
  });

  it("names the letter from the letter itself when the manifest predates whom it is for", async () => {
    // A manifest from before the parents' letter: no kind, baseName or audience per entry.
    const dir = path.join(await tempDir("clb-proof-old-"), "out");
    await cp(out, dir, { recursive: true });
    const manifestFile = path.join(dir, "manifest.json");
    const old = ManifestSchema.parse(JSON.parse(await readFile(manifestFile, "utf8")));
    await writeFile(
      manifestFile,
      JSON.stringify({
        ...old,
        letters: old.letters.map(({ kind: _k, baseName: _b, audience: _a, ...rest }) => rest),
      }),
    );
    for (const [name, reader] of [
      ["toestemming-teams.docx", "de leerling"],
      ["toestemming-teams-ouders.docx", "de ouders of voogd"],
    ] as const) {
      const letter = path.join(dir, "clb-de-brug", name);
      const result = await cli(["proof", letter, "--route", "oral", "--date", "2026-12-01"]);
      expect(result.err, name).toBe("");
      expect(result.code, name).toBe(0);
      expect(result.out.split("\n"), name).toContain(`Brief voor: ${reader}`);
      expect(result.out.split("\n"), name).toContain(
        `Titel van de brief: ${await titleOf(letter)}`,
      );
    }
  });

  it("gives JSON for scripts and English with --lang en, for a DOCX letter too", async () => {
    const docx = path.join(out, "clb-de-brug", "toestemming-praatbox-ouders.docx");
    const json = await cli([
      "proof",
      docx,
      "--route",
      "signature",
      "--date",
      "2026-12-02",
      "--by",
      "parent",
      "--json",
    ]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({
      date: "2026-12-02",
      route: "signature",
      by: "parent",
      tool: "praatbox",
      centre: "clb-de-brug",
      centreName: "Vrij CLB De Brug",
      version: "2026.1",
      letterDate: "2026-11-23",
      letter: "clb-de-brug/toestemming-praatbox-ouders.docx",
      audience: "parents",
      title: await titleOf(docx),
      sha256: sha(await readFile(docx)),
    });
    const en = await cli([
      "proof",
      docx,
      "--route",
      "oral",
      "--date",
      "2026-12-02",
      "--lang",
      "en",
    ]);
    expect(en.code).toBe(0);
    expect(en.out).toContain("Route: Orally (told the staff member, noted in the file)");
    expect(en.out).toContain("Agreed by: a parent or guardian");
    expect(en.out).toContain("Letter for: the parents or guardian");
  });

  it("names no person: only the centre, the tool and who agreed as a role", async () => {
    const { out: note } = await cli(["proof", pdf, "--route", "oral", "--date", "2026-12-01"]);
    // The example profile names its DPO; the note does not.
    expect(note).not.toContain("An Verstraete");
    expect(note).not.toMatch(/@/);
  });

  it("refuses a letter edited since it was made, with both hashes, exit 1", async () => {
    const dir = path.join(await tempDir("clb-proof-edit-"), "out");
    await cp(out, dir, { recursive: true });
    const edited = path.join(dir, "clb-de-brug", "toestemming-teams.pdf");
    await appendFile(edited, "%%EOF\n");
    const {
      code,
      out: note,
      err,
    } = await cli(["proof", edited, "--route", "email", "--date", "2026-12-01"]);
    expect(code).toBe(1);
    expect(note).toBe("");
    expect(err).toContain("is niet de brief die het manifest");
    expect(err).toContain(sha(await readFile(edited)));
    expect(err).toContain(sha(await readFile(pdf)));
  });

  it("refuses a letter from another batch (not in the manifest it names), exit 1", async () => {
    const dir = await tempDir("clb-proof-other-");
    await mkdir(path.join(dir, "elders"), { recursive: true });
    const moved = path.join(dir, "elders", "toestemming-teams.pdf");
    await copyFile(pdf, moved);
    const manifestFile = path.join(out, "manifest.json");
    const result = await cli([
      "proof",
      moved,
      "--route",
      "email",
      "--date",
      "2026-12-01",
      "--manifest",
      manifestFile,
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("staat niet in het manifest");
    const none = await cli(["proof", moved, "--route", "email", "--date", "2026-12-01"]);
    expect(none.code).toBe(1);
    expect(none.err).toContain("Er is geen manifest");
  });

  it("refuses a letter that misses a required clause of the checklist, exit 1", async () => {
    const templates = path.join(await tempDir("clb-proof-checklist-"), "templates");
    await cp(TEMPLATES, templates, { recursive: true });
    // A clause of its own, first in the list (the file ends with other sections).
    const checklistFile = path.join(templates, "checklist.yaml");
    const zebra = [
      "  - id: zebra",
      "    label: Een zebra",
      "    severity: required",
      "    accepts: het woord zebra",
      '    all: [["zebra"]]',
      "",
    ].join("\n");
    await writeFile(
      checklistFile,
      (await readFile(checklistFile, "utf8")).replace(/^clauses:\n/m, (m) => m + zebra),
    );
    const result = await cli([
      "proof",
      pdf,
      "--route",
      "email",
      "--date",
      "2026-12-01",
      "--templates",
      templates,
    ]);
    expect(result.code).toBe(1);
    expect(result.out).toBe("");
    expect(result.err).toContain("mist een verplichte clausule");
    expect(result.err).toMatch(/zebra: ontbreekt: Een zebra/);
  });

  it("has a Dutch help with the routes and who may agree", async () => {
    const { code, out: help } = await cli(["proof", "--help"]);
    expect(code).toBe(0);
    expect(help).toMatch(/^Gebruik: clb-consent proof \[opties\] <bestand>/);
    expect(help).toContain("--route <email|signature|oral>");
    expect(help).toContain("--by <pupil|parent>");
    expect(help).toContain("-d, --date <JJJJ-MM-DD>");
  });

  it("refuses wrong usage with exit 2: route, who, date, file type, a date before the letter", async () => {
    const eml = path.join(out, "clb-de-brug", "toestemming-teams.eml");
    const cases: [string[], RegExp][] = [
      [[pdf, "--route", "fax", "--date", "2026-12-01"], /De manier “fax” bestaat niet/],
      [[pdf, "--route", "oral", "--date", "2026-12-01", "--by", "Jan"], /“Jan” kan niet bij --by/],
      [[pdf, "--route", "oral", "--date", "2026-13-01"], /geen geldige datum/],
      [[eml, "--route", "email", "--date", "2026-12-01"], /als PDF of DOCX/],
      [[pdf, "--route", "email", "--date", "2026-11-01"], /vóór de datum van de brief/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(["proof", ...args]);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.err).toMatch(message);
    }
  });

  it("refuses an agreement dated after today, today from the clock it is given", async () => {
    const far = await cli(["proof", pdf, "--route", "email", "--date", "2099-01-01"]);
    expect(far.code).toBe(2);
    expect(far.out).toBe("");
    expect(far.err).toContain(
      "De datum van het akkoord (2099-01-01) ligt na vandaag (2026-12-03).",
    );
    // Today itself is fine; tomorrow is not, until the clock says it is today.
    expect((await cli(["proof", pdf, "--route", "email", "--date", "2026-12-03"])).code).toBe(0);
    const tomorrow = await cli(["proof", pdf, "--route", "email", "--date", "2026-12-04"]);
    expect(tomorrow.code).toBe(2);
    expect(tomorrow.err).toContain("ligt na vandaag (2026-12-03)");
    const later = new Date("2026-12-04T12:00:00");
    const next = await cli(["proof", pdf, "--route", "email", "--date", "2026-12-04"], later);
    expect(next.err).toBe("");
    expect(next.code).toBe(0);
    const en = await cli([
      "proof",
      pdf,
      "--route",
      "email",
      "--date",
      "2099-01-01",
      "--lang",
      "en",
    ]);
    expect(en.code).toBe(2);
    expect(en.err).toContain("The date of agreement (2099-01-01) is after today (2026-12-03).");
  });

  it("refuses --by parent for the pupil's letter and --by pupil for the parents', naming the right letter", async () => {
    const parent = await cli([
      "proof",
      pdf,
      "--route",
      "signature",
      "--date",
      "2026-12-01",
      "--by",
      "parent",
    ]);
    expect(parent.code).toBe(2);
    expect(parent.out).toBe("");
    expect(parent.err).toContain(
      `${pdf} is de brief voor de leerling: met --by parent past hij niet.`,
    );
    expect(parent.err).toContain(`geef dan de brief voor ouders (${parentsPdf})`);
    const pupil = await cli([
      "proof",
      parentsPdf,
      "--route",
      "signature",
      "--date",
      "2026-12-01",
      "--by",
      "pupil",
    ]);
    expect(pupil.code).toBe(2);
    expect(pupil.out).toBe("");
    expect(pupil.err).toContain(
      `${parentsPdf} is de brief voor ouders: met --by pupil past hij niet.`,
    );
    expect(pupil.err).toContain(`geef dan de brief voor de leerling (${pdf})`);
    const en = await cli([
      "proof",
      pdf,
      "--route",
      "oral",
      "--date",
      "2026-12-01",
      "--by",
      "parent",
      "--lang",
      "en",
    ]);
    expect(en.code).toBe(2);
    expect(en.err).toContain(`${pdf} is the pupil's letter: it does not go with --by parent.`);
    // The fitting pairs still pass.
    for (const [letter, by] of [
      [pdf, "pupil"],
      [parentsPdf, "parent"],
    ] as const) {
      const ok = await cli([
        "proof",
        letter,
        "--route",
        "oral",
        "--date",
        "2026-12-01",
        "--by",
        by,
      ]);
      expect(ok.err, `${letter} ${by}`).toBe("");
      expect(ok.code).toBe(0);
    }
  });

  it("refuses a staff guide as not a letter, without running the letter checklist on it", async () => {
    const guide = path.join(out, "clb-de-brug", "handleiding-teams.pdf");
    const result = await cli(["proof", guide, "--route", "oral", "--date", "2026-12-01"]);
    expect(result.code).toBe(2);
    expect(result.out).toBe("");
    expect(result.err).toContain(
      `${guide} is een handleiding voor medewerkers, geen brief: proof is voor de brief waarmee de cliënt akkoord ging.`,
    );
    expect(result.err).toContain(path.join(out, "clb-de-brug", "toestemming-teams.pdf"));
    expect(result.err).not.toContain("clausule");
    const en = await cli([
      "proof",
      guide,
      "--route",
      "oral",
      "--date",
      "2026-12-01",
      "--lang",
      "en",
    ]);
    expect(en.code).toBe(2);
    expect(en.err).toContain(
      "is a staff guide, not a letter: proof is for the letter the client agreed to.",
    );

    // Known by its name before any manifest is read: a guide away from its manifest too.
    const alone = path.join(await tempDir("clb-proof-alone-"), "handleiding-teams.pdf");
    await copyFile(guide, alone);
    const away = await cli(["proof", alone, "--route", "oral", "--date", "2026-12-01"]);
    expect(away.code).toBe(2);
    expect(away.err).toContain("is een handleiding voor medewerkers, geen brief");

    // A guide under another name is known by its manifest entry.
    const dir = path.join(await tempDir("clb-proof-guide-"), "out");
    await cp(out, dir, { recursive: true });
    const renamed = path.join(dir, "clb-de-brug", "brief-teams.pdf");
    await copyFile(path.join(dir, "clb-de-brug", "handleiding-teams.pdf"), renamed);
    const manifestFile = path.join(dir, "manifest.json");
    await writeFile(
      manifestFile,
      (await readFile(manifestFile, "utf8")).replace(
        '"clb-de-brug/handleiding-teams.pdf"',
        '"clb-de-brug/brief-teams.pdf"',
      ),
    );
    const listed = await cli(["proof", renamed, "--route", "oral", "--date", "2026-12-01"]);
    expect(listed.code).toBe(2);
    expect(listed.err).toContain("is een handleiding voor medewerkers, geen brief");
    expect(listed.err).not.toContain("clausule");
  });

  it("refuses two letters, naming both, exit 2", async () => {
    const result = await cli([
      "proof",
      pdf,
      parentsPdf,
      "--route",
      "email",
      "--date",
      "2026-12-01",
    ]);
    expect(result.code).toBe(2);
    expect(result.out).toBe("");
    expect(result.err).toContain(`proof neemt één brief; je gaf er 2: ${pdf}, ${parentsPdf}.`);
    expect(result.err).not.toContain("te veel argumenten");
    const en = await cli([
      "proof",
      pdf,
      parentsPdf,
      "--route",
      "email",
      "--date",
      "2026-12-01",
      "--lang",
      "en",
    ]);
    expect(en.code).toBe(2);
    expect(en.err).toContain(`proof takes one letter; you gave 2: ${pdf}, ${parentsPdf}.`);
  });
});
