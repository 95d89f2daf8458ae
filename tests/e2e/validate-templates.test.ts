import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadChecklist } from "../../src/checklist/load-checklist.js";
import { runValidation } from "../../src/validate/run-validation.js";
import type { ValidationReport } from "../../src/validate/validation-report.js";
import { PROFILES, runCli, TEMPLATES } from "../helpers/cli.js";
import { editedTemplates, paragraph, type TemplateEdit } from "../helpers/edit-templates.js";

const checklist = await loadChecklist(path.join(TEMPLATES, "checklist.yaml"));
const FULL_PROFILE = path.join(PROFILES, "clb-de-brug.yaml");

/**
 * How to take each clause out of the shipped templates. Every clause in the checklist must be
 * here (a test below enforces it), so a new clause cannot go untested.
 */
const REMOVALS: Record<string, readonly TemplateEdit[]> = {
  doel: [{ file: "partials/waarom.md.hbs", remove: /^[\s\S]*?(?=\*\*Jonger dan)/ }],
  gegevens: [{ file: "partials/gegevens.md.hbs", remove: paragraph("Over het beeldbelgesprek") }],
  rechten: [{ file: "partials/rechten.md.hbs", remove: paragraph("**Je rechten.**") }],
  klacht: [{ file: "partials/klacht.md.hbs", remove: /^[\s\S]*$/ }],
  datalek: [{ file: "partials/datalek.md.hbs", remove: /^[\s\S]*$/ }],
  opname: [{ file: "partials/gegevens.md.hbs", remove: paragraph("**Geen opname.**") }],
  minderjarige: [
    { file: "partials/waarom.md.hbs", remove: paragraph("**Jonger dan") },
    { file: "partials/handtekening.md.hbs", remove: paragraph("Is de cliënt jonger dan") },
  ],
  privacyverklaringen: [{ file: "partials/privacyverklaringen.md.hbs", remove: /^[\s\S]*$/ }],
  beeindigen: [{ file: "partials/beeindigen.md.hbs", remove: /^[\s\S]*$/ }],
  tips: [{ file: "partials/tips.md.hbs", remove: /^[\s\S]*$/ }],
  akkoord: [{ file: "partials/akkoord.md.hbs", remove: paragraph("Door de uitnodiging") }],
  livestream: [
    { file: "praatbox.md.hbs", remove: /^- \{\{tool\.shortName\}\} maakt het mogelijk.*\n/m },
  ],
  verantwoordelijke: [
    {
      file: "partials/verantwoordelijke.md.hbs",
      remove: /\*\*Wie is verantwoordelijk\?\*\*[^\n]*\n/,
    },
  ],
  dpo: [
    {
      file: "partials/verantwoordelijke.md.hbs",
      remove: /\{\{#if centre\.dpo\}\}[\s\S]*\{\{\/if\}\}\n/,
    },
  ],
  bewaartermijn: [
    { file: "partials/rechten.md.hbs", remove: paragraph("**Hoe lang we gegevens bewaren.**") },
  ],
  intrekken: [{ file: "partials/rechten.md.hbs", remove: paragraph("**Toestemming intrekken.**") }],
};

async function validate(
  templatesDir: string,
  tool: string,
  strict = false,
): Promise<ValidationReport> {
  return runValidation({
    files: [path.join(templatesDir, `${tool}.md.hbs`)],
    profile: FULL_PROFILE,
    profilesDir: PROFILES,
    strict,
  });
}

function clause(report: ValidationReport, id: string) {
  return report.targets.flatMap((t) => t.clauses).find((c) => c.id === id);
}

describe("the shipped templates", () => {
  it("pass --strict for every example profile (CLI)", async () => {
    const result = await runCli(["validate", "--strict"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      // 2 letter templates and 2 guide templates, each with the 4 example profiles.
      /^16 nagekeken, \d+ clausules gecontroleerd: 0 fout\(en\), 0 waarschuwing\(en\)\.$/m,
    );
  });

  it("have a removal test for every clause of the checklist", () => {
    expect(Object.keys(REMOVALS).sort()).toEqual(checklist.clauses.map((c) => c.id).sort());
  });
});

describe("removing a clause from a template", () => {
  const cases = checklist.clauses.flatMap((c) =>
    (c.tools ?? ["teams", "praatbox"]).map((tool) => ({ id: c.id, severity: c.severity, tool })),
  );
  it.each(cases)("$id from $tool is caught", async ({ id, severity, tool }) => {
    const dir = await editedTemplates(REMOVALS[id]!);
    const report = await validate(dir, tool);
    expect(report.targets.flatMap((t) => t.problems)).toEqual([]);
    expect(clause(report, id)?.status, id).not.toBe("ok");
    // Only the removed clause fails: the edit took out what it meant to, nothing else.
    const failing = report.targets
      .flatMap((t) => t.clauses)
      .filter((c) => c.status !== "ok")
      .map((c) => c.id);
    expect(failing).toEqual([id]);
    if (severity === "required") expect(report.ok).toBe(false);
    else {
      expect(report.ok).toBe(true);
      expect((await validate(dir, tool, true)).ok).toBe(false);
    }
  });
});

describe("the substance of a clause", () => {
  it("the data breach clause without the 72-hour promise fails", async () => {
    const dir = await editedTemplates([
      { file: "partials/datalek.md.hbs", remove: / binnen 72 uur/ },
    ]);
    const report = await validate(dir, "teams");
    expect(clause(report, "datalek")).toMatchObject({
      status: "missing",
      missing: [expect.stringContaining("72 uur")],
    });
    expect(report.ok).toBe(false);
  });

  it("the complaint clause without the supervisory authority's link fails", async () => {
    const dir = await editedTemplates([
      { file: "partials/klacht.md.hbs", remove: / \(\{\{link centre\.authority\.url\}\}\)/ },
    ]);
    const report = await validate(dir, "teams");
    expect(clause(report, "klacht")).toMatchObject({
      status: "missing",
      missing: [expect.stringContaining("centre.authority.url")],
    });
  });

  it("the complaint clause without the supervisory authority fails", async () => {
    const dir = await editedTemplates([
      { file: "partials/klacht.md.hbs", remove: paragraph("Je kunt ook terecht") },
    ]);
    const report = await validate(dir, "praatbox");
    expect(clause(report, "klacht")?.status).toBe("missing");
  });

  it("parts of a clause spread over the letter do not count", async () => {
    // "72 uur" moved to the end of the letter, far from the data breach.
    const dir = await editedTemplates([
      { file: "partials/datalek.md.hbs", remove: / binnen 72 uur/ },
      {
        file: "partials/akkoord.md.hbs",
        remove: /contact met ons op\.\n$/,
        with: "contact met ons op, binnen 72 uur.\n",
      },
    ]);
    expect(clause(await validate(dir, "teams"), "datalek")?.status).toBe("scattered");
  });

  it("a reworded but complete clause passes", async () => {
    const dir = await editedTemplates([
      {
        file: "partials/datalek.md.hbs",
        remove: /^[\s\S]*$/,
        with: "**Gegevenslek.** Gebeurt er ooit een inbreuk op de beveiliging van je gegevens, dan verwittigen wij je binnen de 72 uur.\n",
      },
      {
        file: "partials/rechten.md.hbs",
        remove: paragraph("**Je rechten.**"),
        with: "**Jouw rechten.** Je kunt je gegevens altijd INZIEN, laten corrigeren of laten wissen; Medische Gegevens uitgezonderd.\n\n",
      },
      {
        file: "partials/beeindigen.md.hbs",
        remove: /^[\s\S]*$/,
        with: "Je mag het gesprek op ieder ogenblik beeindigen.\n",
      },
    ]);
    const report = await validate(dir, "teams", true);
    expect(report.targets.flatMap((t) => t.clauses).filter((c) => c.status !== "ok")).toEqual([]);
    expect(report.ok).toBe(true);
  });
});

describe("naming a partial", () => {
  it("validates every letter template that can use it", async () => {
    const dir = await editedTemplates(REMOVALS.datalek!);
    const report = await runValidation({
      files: [path.join(dir, "partials", "datalek.md.hbs")],
      profile: FULL_PROFILE,
      profilesDir: PROFILES,
      strict: false,
    });
    expect(report.targets.map((t) => t.tool).sort()).toEqual(["praatbox", "teams"]);
    expect(
      report.targets.every((t) => t.clauses.find((c) => c.id === "datalek")?.status === "missing"),
    ).toBe(true);
  });
});

describe("a templates folder with its own checklist", () => {
  it("is checked with that checklist, as batch does", async () => {
    const dir = await editedTemplates([
      {
        file: "checklist.yaml",
        remove: /^clauses:\n/m,
        with: 'clauses:\n  - id: zebra\n    label: Een eigen clausule\n    severity: required\n    accepts: het woord zebra\n    all:\n      - ["zebra"]\n',
      },
    ]);
    const report = await validate(dir, "teams");
    expect(clause(report, "zebra")?.status).toBe("missing");
    expect(report.ok).toBe(false);
  });
});

describe("problems other than clauses", () => {
  it("a leftover placeholder is reported", async () => {
    const dir = await editedTemplates([
      {
        file: "partials/akkoord.md.hbs",
        remove: /^/,
        with: "Meer uitleg: [link naar handleiding invoegen]. TODO\n\n",
      },
    ]);
    const report = await validate(dir, "teams");
    const problems = report.targets.flatMap((t) => t.problems).map((p) => p.params?.text);
    expect(problems).toEqual(expect.arrayContaining(["[link naar", "invoegen", "TODO"]));
    expect(report.ok).toBe(false);
  });

  it("an unknown variable is found without data, with a suggestion, even in a branch never taken", async () => {
    const dir = await editedTemplates([
      {
        file: "partials/datalek.md.hbs",
        remove: /$/,
        with: "{{#if centre.nooit}}{{centre.complaint.emial}}{{/if}}\n",
      },
    ]);
    const report = await validate(dir, "teams");
    const problem = report.targets
      .flatMap((t) => t.problems)
      .find((p) => p.field === "centre.complaint.emial");
    expect(problem).toMatchObject({
      key: "validate.unknownVariableSuggest",
      line: 2,
      params: { suggestion: "centre.complaint.email" },
    });
  });

  it("a syntax error is reported with file, line and column (CLI, exit 1)", async () => {
    const dir = await editedTemplates([
      { file: "teams.md.hbs", remove: /\{\{> datalek\}\}/, with: "{{> datalek}" },
    ]);
    const result = await runCli([
      "validate",
      path.join(dir, "teams.md.hbs"),
      "--profile",
      FULL_PROFILE,
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/teams\.md\.hbs:\d+:\d+ {2}Schrijffout in het sjabloon/);
  });

  it("--json gives the same report as JSON and --lang en speaks English", async () => {
    const dir = await editedTemplates(REMOVALS.datalek!);
    const json = await runCli([
      "validate",
      path.join(dir, "teams.md.hbs"),
      "--profile",
      FULL_PROFILE,
      "--json",
    ]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as ValidationReport;
    expect(report.ok).toBe(false);
    expect(clause(report, "datalek")?.status).toBe("missing");
    const en = await runCli([
      "validate",
      path.join(dir, "teams.md.hbs"),
      "--profile",
      FULL_PROFILE,
      "--lang",
      "en",
    ]);
    expect(en.stdout).toMatch(/✗ datalek: .* – missing: /);
    expect(en.stdout).toMatch(/Not good: fix the errors above\.$/m);
  });
});
