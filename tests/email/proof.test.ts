import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFile, copyFile, cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ManifestSchema } from "../../src/batch/manifest.js";
import { run } from "../../src/cli/run.js";
import { PROFILES, TEMPLATES, tempDir } from "../helpers/cli.js";

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
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
  "pdf,docx,eml",
  "--out",
  out,
]);
if (generated.code !== 0) throw new Error(generated.err);
const pdf = path.join(out, "clb-de-brug", "toestemming-teams.pdf");
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
      "Brief: versie 2026.1 van 23 november 2026, clb-de-brug/toestemming-teams.pdf",
      `SHA-256 van de brief (zoals in het manifest): ${hash}`,
    ]);
  });

  it("gives JSON for scripts and English with --lang en, for a DOCX letter too", async () => {
    const docx = path.join(out, "clb-de-brug", "toestemming-praatbox.docx");
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
      letter: "clb-de-brug/toestemming-praatbox.docx",
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
    expect(en.out).toContain("Agreed by: the pupil");
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
});
