import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toolIds } from "../../src/core/tools/tool-catalog.js";
import { toolContext } from "../../src/core/tools/tool-context.js";
import { loadChecklist } from "../../src/node/io/load-checklist.js";
import { loadGuideFacts } from "../../src/node/io/load-guide-facts.js";
import { loadProfile } from "../../src/node/io/load-profile.js";
import { loadShippedTools, loadTools } from "../../src/node/io/load-tools.js";
import { runValidation } from "../../src/node/validate/run-validation.js";
import type { ValidationReport } from "../../src/node/validate/validation-report.js";
import { PROFILES, runCli, TEMPLATES, tempDir } from "../helpers/cli.js";
import { editedTemplates, type TemplateEdit } from "../helpers/edit-templates.js";

const checklist = await loadChecklist(path.join(TEMPLATES, "checklist.yaml"));
const toolsFile = await loadTools(path.join(TEMPLATES, "tools.yaml"));
const FULL_PROFILE = path.join(PROFILES, "clb-de-brug.yaml");
const FULL = await loadProfile(FULL_PROFILE);
// The tool each clause is taken out of, where only one of the two shows it.
const TOOL_OF: Record<string, string> = { verwerkingsplaats: "praatbox", doorgifte: "teams" };

/**
 * How to take each clause out of the shipped templates. Every clause in the checklist must be
 * here (a test below enforces it), so a new clause cannot go untested.
 */
const REMOVALS: Record<string, readonly TemplateEdit[]> = {
  doel: [
    { file: "partials/waarom.md.hbs", remove: every("**Waarvoor we gegevens gebruiken.**") },
    {
      file: "partials/rechtsgrond.md.hbs",
      remove: /\*\*Waarom dat mag\.\*\*/g,
      with: "**Rechtsgrond.**",
    },
  ],
  // The list of what is kept names what the file holds; the first layer says "uur", not
  // "tijdstip".
  gegevens: [
    {
      file: "partials/gegevens.md.hbs",
      remove: /, met het tijdstip en de duur van het gesprek en de notities\./g,
      with: ".",
    },
  ],
  // Access and a copy are in the dossier partial, the other rights in this one.
  rechten: [{ file: "partials/rechten.md.hbs", remove: every("**Verbeteren en wissen.**") }],
  klacht: [{ file: "partials/klacht.md.hbs", remove: /^[\s\S]*$/ }],
  datalek: [{ file: "partials/datalek.md.hbs", remove: /^[\s\S]*$/ }],
  // Said in both layers: "never" without an exception.
  opname: [
    { file: "partials/gegevens.md.hbs", remove: every("**Geen opname.**") },
    { file: "partials/eerste-laag.md.hbs", remove: / We nemen een gesprek nooit op\./g },
  ],
  // Who decides is said in the first layer and at length in the second.
  minderjarige: [
    { file: "partials/wie-beslist.md.hbs", remove: every("**Zelf beslissen.**") },
    { file: "partials/eerste-laag.md.hbs", remove: every("**Wie beslist?**") },
  ],
  privacyverklaringen: [{ file: "partials/privacyverklaringen.md.hbs", remove: /^[\s\S]*$/ }],
  beeindigen: [
    {
      file: "partials/gesprek.md.hbs",
      remove: /(Je|Je kind) mag het gesprek op elk moment[^.]*\./g,
    },
  ],
  tips: [{ file: "partials/tips.md.hbs", remove: /^[\s\S]*$/ }],
  // The three routes are on page 1, in the first layer.
  akkoord: [{ file: "partials/eerste-laag.md.hbs", remove: /\{\{> routes\}\}\n\n/g }],
  livestream: [{ file: "partials/livestream.md.hbs", remove: /^[\s\S]*$/ }],
  verantwoordelijke: [
    { file: "partials/verantwoordelijke.md.hbs", remove: every("**Wie is verantwoordelijk?**") },
  ],
  dpo: [
    {
      file: "partials/verantwoordelijke.md.hbs",
      remove: every("**Functionaris voor gegevensbescherming.**"),
    },
  ],
  // The retention of the agreement is one of the three kinds the clause asks for.
  bewaartermijn: [
    { file: "partials/gegevens.md.hbs", remove: / \{\{centre\.retention\.agreement\}\}/g },
  ],
  intrekken: [{ file: "partials/intrekken.md.hbs", remove: /^[\s\S]*$/ }],
  rechtsgrond: [{ file: "partials/rechtsgrond.md.hbs", remove: /^[\s\S]*$/ }],
  ontvangers: [{ file: "partials/ontvangers.md.hbs", remove: /^[\s\S]*$/ }],
  // Where the data are processed, taken out of a letter whose vendor stays in the EU.
  verwerkingsplaats: [{ file: "partials/doorgifte.md.hbs", remove: /^[\s\S]*$/ }],
  // Outside the EU without the safeguard (de-brug's Teams contract: in and outside the EU).
  doorgifte: [
    {
      file: "partials/doorgifte.md.hbs",
      remove: /\{\{#if tool\.contract\.safeguard\}\}[\s\S]*?\{\{\/if\}\}/,
    },
  ],
  bezwaar: [{ file: "partials/rechten.md.hbs", remove: every("**Beperken en bezwaar.**") }],
  overdracht: [{ file: "partials/overdracht.md.hbs", remove: /^[\s\S]*$/ }],
  // Professional secrecy is a sentence of the first layer; the second layer (dossier) adds what
  // it means for the parents.
  beroepsgeheim: [
    { file: "partials/dossier.md.hbs", remove: /[Oo]ns beroepsgeheim/g, with: "onze regel" },
    { file: "partials/eerste-laag.md.hbs", remove: every("**Beroepsgeheim.**") },
    { file: "partials/eerste-laag.md.hbs", remove: every("**Geheim.**") },
  ],
  geautomatiseerd: [{ file: "partials/geautomatiseerd.md.hbs", remove: /^[\s\S]*$/ }],
};

/**
 * Every one-line paragraph that starts with `start`: a partial has one per audience, each
 * followed by `{{else}}` or `{{/if}}` with no blank line between, where paragraph() runs on.
 */
function every(start: string): RegExp {
  return new RegExp(`${start.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^\\n]*\\n\\n?`, "g");
}

async function validate(
  templatesDir: string,
  tool: string,
  strict = false,
): Promise<ValidationReport> {
  const report = await runValidation({
    files: [path.join(templatesDir, `${tool}.md.hbs`)],
    profile: FULL_PROFILE,
    profilesDir: PROFILES,
    strict,
  });
  // The letters only: the e-mail template is checked beside them with its own list
  // (tests/email/email-template.test.ts).
  return { ...report, targets: report.targets.filter((t) => !t.file.endsWith("email.md.hbs")) };
}

function clause(report: ValidationReport, id: string) {
  return report.targets.flatMap((t) => t.clauses).find((c) => c.id === id);
}

describe("the shipped templates", () => {
  it("pass --strict for every example profile (CLI)", async () => {
    const result = await runCli(["validate", "--strict", "--profiles", PROFILES]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    // Every tool of tools.yaml with every example profile: the letter template for both
    // audiences, and the e-mail template with each of them (3 targets per tool and profile).
    const profiles = (await readdir(PROFILES)).filter((f) => f.endsWith(".yaml")).length;
    // And the staff guide of each tool that has guide facts, with every example profile.
    const guides = Object.keys(
      await loadGuideFacts(
        path.join(TEMPLATES, "guides", "tool-guides.yaml"),
        await loadShippedTools(),
      ),
    ).length;
    // A tool's letters are filled in with the profiles that use it or hold its contract.
    const loaded = await Promise.all(
      (await readdir(PROFILES))
        .filter((f) => f.endsWith(".yaml"))
        .map((f) => loadProfile(path.join(PROFILES, f))),
    );
    const letters = toolIds(await loadShippedTools())
      .map(
        (tool) =>
          loaded.filter(
            ({ profile }) =>
              profile.tools.includes(tool) || profile.contracts?.[tool] !== undefined,
          ).length,
      )
      .reduce((a, b) => a + b, 0);
    // And each translation's two letters, per tool, with each profile that has the centre's
    // texts in that language (every example profile has them in every shipped language).
    const languages = await readdir(path.join(TEMPLATES, "lang"));
    const translated = languages
      .map((code) =>
        toolIds(toolsFile)
          .map(
            (tool) =>
              loaded.filter(
                ({ profile }) =>
                  (profile.tools.includes(tool) || profile.contracts?.[tool] !== undefined) &&
                  profile.translated?.[code] !== undefined,
              ).length,
          )
          .reduce((a, b) => a + b, 0),
      )
      .reduce((a, b) => a + b, 0);
    expect(translated).toBeGreaterThanOrEqual(languages.length * 2);
    // Per tool and profile: the two letters and the two e-mails (pupil's and parents').
    const count = 4 * letters + guides * profiles + 2 * translated;
    expect(result.stdout).toMatch(
      new RegExp(
        `^${count} nagekeken, \\d+ clausules gecontroleerd: 0 fout\\(en\\), 0 waarschuwing\\(en\\)\\.$`,
        "m",
      ),
    );
    expect(result.stdout).toMatch(/teams\.md\.hbs met clb-minimaal\.yaml, brief aan de ouders/);
  });

  it("have a removal test for every clause of the checklist", () => {
    expect(Object.keys(REMOVALS).sort()).toEqual(checklist.clauses.map((c) => c.id).sort());
  });
});

describe("removing a clause from a template", () => {
  // A clause with `when: tool.livestream` applies only where tools.yaml does not say `false`
  // (`unknown` counts as possible).
  const applies = (when: string | undefined, tool: string) => {
    if (!when?.startsWith("tool.")) return true;
    const facts = toolsFile.tools[tool];
    const contract = FULL.profile.contracts?.[tool];
    const fact = facts
      ? toolContext(tool, facts, contract)[when.slice(5) as "livestream"]
      : undefined;
    return fact !== undefined && fact !== false;
  };
  // The check is the same code for every tool: each clause is removed from one tool's letter,
  // the two tools taking turns, so both templates are read (half the time of both for each).
  const cases = checklist.clauses.flatMap((c, index) => {
    const tools = (c.tools ?? ["teams", "praatbox"]).filter((tool) => applies(c.when, tool));
    const tool = TOOL_OF[c.id] ?? tools[index % tools.length];
    return tool ? [{ id: c.id, severity: c.severity, tool }] : [];
  });
  it("takes clauses out of both tools' letters, and every clause out of one", () => {
    expect(new Set(cases.map((c) => c.tool))).toEqual(new Set(["teams", "praatbox"]));
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });
  it.each(cases)("$id from $tool is caught", async ({ id, severity, tool }) => {
    const dir = await editedTemplates(REMOVALS[id]!);
    const report = await validate(dir, tool);
    expect(report.targets.flatMap((t) => t.problems)).toEqual([]);
    expect(clause(report, id)?.status, id).not.toBe("ok");
    // In both letters (pupil and parents), only the removed clause fails: the edit took out
    // what it meant to, nothing else.
    expect(report.targets.map((t) => t.audience).sort()).toEqual(["parents", "pupil"]);
    for (const target of report.targets) {
      const failing = target.clauses.filter((c) => c.status !== "ok").map((c) => c.id);
      expect(failing, target.audience).toEqual([id]);
    }
    if (severity === "required") expect(report.ok).toBe(false);
    else {
      expect(report.ok).toBe(true);
      expect((await validate(dir, tool, true)).ok).toBe(false);
    }
  });
});

describe("the substance of a clause", () => {
  // GDPR art. 34: the high risk and telling without delay are the substance, not "72 uur".
  const BREACH_SUBSTANCE: readonly TemplateEdit[] = [
    { file: "partials/datalek.md.hbs", remove: /een hoog risico/, with: "last" },
    { file: "partials/datalek.md.hbs", remove: / zonder uitstel/ },
    {
      file: "partials/datalek.md.hbs",
      remove: /\{\{#if centre\.breachPromiseHours\}\}[^\n]*\{\{\/if\}\}/,
    },
  ];

  it("the data breach clause without the high risk or the telling without delay fails", async () => {
    const dir = await editedTemplates(BREACH_SUBSTANCE);
    const report = await validate(dir, "teams");
    expect(clause(report, "datalek")).toMatchObject({
      status: "missing",
      missing: [expect.stringContaining("hoog risico")],
    });
    expect(report.ok).toBe(false);
  });

  it("the data breach clause needs no 72 hours: the centre's own promise is optional", async () => {
    const dir = await editedTemplates([
      {
        file: "partials/datalek.md.hbs",
        remove: /\{\{#if centre\.breachPromiseHours\}\}[^\n]*\{\{\/if\}\}/,
      },
    ]);
    const report = await validate(dir, "teams", true);
    expect(clause(report, "datalek")?.status).toBe("ok");
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
      // The sentence alone: the controller's block under it stays whole.
      { file: "partials/klacht.md.hbs", remove: /Gaf je je klacht eerst[^\n]*/ },
    ]);
    const report = await validate(dir, "praatbox");
    expect(clause(report, "klacht")?.status).toBe("missing");
  });

  it.each([
    // The vendor is named, but not whether it is our processor or its own controller.
    [
      "ontvangers",
      "partials/ontvangers.md.hbs",
      /\{\{#is tool\.contract\.role "processor"\}\}[\s\S]*?\{\{\/is\}\}\{\{#is tool\.contract\.role "controller"\}\}[\s\S]*?\{\{\/is\}\}/,
      "",
      "verwerker",
    ],
    // The legal basis without saying that video calling is voluntary.
    ["rechtsgrond", "partials/rechtsgrond.md.hbs", /, en is vrijwillig\./g, ".", "vrijwillig"],
    // Restriction without objection.
    [
      "bezwaar",
      "partials/rechten.md.hbs",
      /\*\*Beperken en bezwaar\.\*\*([^\n]*?), en je mag bezwaar maken\./g,
      "**Beperken.**$1.",
      "bezwaar",
    ],
    // The three routes without the oral one noted in the file.
    ["akkoord", "partials/routes.md.hbs", /- \*\*Mondeling:\*\*[^\n]*\n/, "", "mondeling"],
  ] as const)("%s without its substance fails", async (id, file, remove, replacement, part) => {
    const dir = await editedTemplates([{ file, remove, with: replacement }]);
    const report = await validate(dir, "praatbox");
    expect(report.targets).toHaveLength(2);
    for (const target of report.targets) {
      expect(
        target.clauses.find((c) => c.id === id),
        target.audience,
      ).toMatchObject({
        status: "missing",
        missing: [expect.stringContaining(part)],
      });
    }
    expect(report.ok).toBe(false);
  });

  it("parts of a clause spread over the letter do not count", async () => {
    // "zonder uitstel" moved to the end of the letter, far from the data breach.
    const dir = await editedTemplates([
      ...BREACH_SUBSTANCE,
      {
        file: "partials/intrekken.md.hbs",
        remove: /zonder beeldbellen\.\n$/,
        with: "zonder beeldbellen, zonder uitstel.\n",
      },
    ]);
    expect(clause(await validate(dir, "teams"), "datalek")?.status).toBe("scattered");
    // generate says the same, and what to do: not "ontbreekt: —" (nothing named as missing).
    const out = path.join(await tempDir("clb-scattered-"), "out");
    const profile = path.join(PROFILES, "clb-de-brug.yaml");
    const made = await runCli([
      "generate",
      "-p",
      profile,
      "-t",
      "teams",
      "-o",
      out,
      "--templates",
      dir,
    ]);
    expect(made.code).toBe(1);
    expect(made.stderr).toContain("datalek");
    expect(made.stderr).toContain("niet bij elkaar. Zet ze samen in één alinea.");
    expect(made.stderr).not.toContain("ontbreekt: —");
  });

  it("a reworded but complete clause passes", async () => {
    const dir = await editedTemplates([
      {
        file: "partials/datalek.md.hbs",
        remove: /^[\s\S]*$/,
        with: "**Gegevenslek.** Is een inbreuk op de beveiliging van je gegevens een groot risico voor jou, dan verwittigen wij je onmiddellijk.\n",
      },
      {
        file: "partials/rechten.md.hbs",
        remove: /^[\s\S]*$/,
        with: "**Jouw rechten.** Je kunt je dossier INZIEN en laten corrigeren; wissen kan binnen de wettelijke regels, Medische Gegevens via de CLB-arts. Je kunt het gebruik laten Beperken of er Bezwaar tegen maken.\n",
      },
      {
        file: "partials/gesprek.md.hbs",
        remove: /Je mag het gesprek op elk moment beëindigen\./,
        with: "Je mag het gesprek op ieder ogenblik beeindigen.",
      },
    ]);
    const report = await validate(dir, "teams", true);
    expect(report.targets.flatMap((t) => t.clauses).filter((c) => c.status !== "ok")).toEqual([]);
    // The subject here is the clauses: the first layer's readability has tests of its own.
    expect(report.totals.errors).toBe(0);
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
    // The e-mail template, which can use every partial too, is checked with its own list.
    const letters = report.targets.filter((t) => !t.file.endsWith("email.md.hbs"));
    // Both letters (pupil and parents) of each tool the named centre uses.
    expect(letters.map((t) => t.tool).sort()).toEqual(
      FULL.profile.tools.flatMap((tool) => [tool, tool]).sort(),
    );
    expect(
      letters.every((t) => t.clauses.find((c) => c.id === "datalek")?.status === "missing"),
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
        file: "partials/intrekken.md.hbs",
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
        remove: /^/,
        with: "{{#if centre.nooit}}{{centre.complaint.emial}}{{/if}}\n",
      },
    ]);
    const report = await validate(dir, "teams");
    const problem = report.targets
      .flatMap((t) => t.problems)
      .find((p) => p.field === "centre.complaint.emial");
    // The edit put it on the partial's first line.
    expect(problem).toMatchObject({
      key: "validate.unknownVariableSuggest",
      line: 1,
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
