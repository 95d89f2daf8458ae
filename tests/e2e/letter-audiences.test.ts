import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { documentText } from "../../src/core/document/document-text.js";
import { markdownToBlocks } from "../../src/core/document/markdown-to-blocks.js";
import { makeLetter } from "../../src/core/letter/make-letter.js";
import { run } from "../../src/node/cli/run.js";
import { loadProfile, parseProfile } from "../../src/node/io/load-profile.js";
import { loadTemplates } from "../../src/node/io/load-templates.js";
import { loadTools } from "../../src/node/io/load-tools.js";
import { runValidation } from "../../src/node/validate/run-validation.js";
import { PROFILES, profileYaml, TEMPLATES, tempDir } from "../helpers/cli.js";
import { editedTemplates } from "../helpers/edit-templates.js";

/** Runs the CLI in-process and collects what it prints. */
async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const tools = await loadTools(path.join(TEMPLATES, "tools.yaml"));
const templates = await loadTemplates(TEMPLATES, ["teams", "praatbox"]);
const full = await loadProfile(path.join(PROFILES, "clb-de-brug.yaml"));

function letterText(tool: "teams" | "praatbox", audience: "pupil" | "parents"): string {
  return documentText(makeLetter(full, tool, { templates, tools, audience, signature: true }));
}

describe("the letter to the parents", () => {
  it.each(["teams", "praatbox"] as const)(
    "%s: speaks of “je kind”, the pupil's letter never does",
    (tool) => {
      const parents = letterText(tool, "parents");
      const pupil = letterText(tool, "pupil");
      expect(parents.match(/\bje kind\b/g)?.length ?? 0).toBeGreaterThanOrEqual(10);
      expect(parents).toContain("CLB-dossier van je kind");
      expect(parents).toContain("geïnformeerde toestemming voor ouders");
      expect(pupil).toContain("geïnformeerde toestemming voor leerlingen");
      expect(pupil).not.toMatch(/\bje kind\b/);
      expect(pupil).toContain("je CLB-dossier");
      // The pupil's letter never speaks of "de cliënt" (the register is "je" throughout).
      expect(pupil).not.toMatch(/cliënt/i);
    },
  );

  it("has a signature block for the parent with the pupil's name, a date and “gelezen en goedgekeurd”", () => {
    const parents = letterText("teams", "parents");
    const block = parents.slice(parents.indexOf("Voor akkoord"));
    expect(block).toMatch(/Naam van de leerling:/);
    expect(block).toMatch(/Naam van de ouder of voogd:/);
    expect(block).toMatch(/Datum:/);
    expect(block).toMatch(/gelezen en goedgekeurd/i);
    const pupil = letterText("teams", "pupil");
    const own = pupil.slice(pupil.indexOf("Voor akkoord"));
    expect(own).toMatch(/Naam van de leerling:[\s\S]*Datum:[\s\S]*handtekening/i);
    expect(own).not.toMatch(/ouder of voogd/);
  });
});

describe("what every letter promises", () => {
  it.each([
    ["teams", "pupil"],
    ["teams", "parents"],
    ["praatbox", "pupil"],
    ["praatbox", "parents"],
  ] as const)("%s to the %s: legal basis, one agreement kept, honest facts", (tool, audience) => {
    const text = letterText(tool, audience);
    expect(text).toContain("decreet van 27 april 2018 betreffende de leerlingenbegeleiding");
    expect(text).toMatch(/artikel 6, lid 1, e/);
    expect(text).toMatch(/artikel 9, lid 2/);
    expect(text).toMatch(/vrijwillig/);
    expect(text).toMatch(/‘akkoord’ op de e-mail/);
    // One agreement, given once, for every video call with this centre, until it is withdrawn.
    expect(text).toMatch(/^Vrij CLB De Brug wil soms met (je|je kind) beeldbellen via /m);
    expect(text).toMatch(/Geef je akkoord één keer, op een van deze drie manieren/);
    // The agreement's scope names the tool: the letter's facts are this tool's.
    const name = tool === "teams" ? "Microsoft Teams" : "Praatbox";
    expect(text).toContain(
      `Je akkoord geldt voor elk beeldbelgesprek met ${audience === "pupil" ? "ons" : "je kind"} via ${name}.`,
    );
    expect(text).toMatch(/Wil je later niet meer\? Meld het ons, dan stoppen we\./);
    // Never a recording, in both layers, without an exception (issue 26).
    expect(text).toMatch(/We nemen een gesprek nooit op\./);
    expect(text).toMatch(/Een gesprek nemen we nooit op, niet met beeld en niet met geluid\./);
    expect(text).not.toMatch(/tenzij[^.]*(opname|opnemen|op\b)/);
    expect(text).toMatch(/Valt de verbinding weg\?/);
    expect(text).toContain("https://www.vlaanderen.be/vlaamse-toezichtcommissie");
    expect(text).toMatch(/eerst schriftelijk/);
    // Teams and Praatbox are processors here: the complaint goes to the centre's authority only.
    expect(text).not.toContain("Gegevensbeschermingsautoriteit");
    // The seed's untrue or overstated claims are gone.
    expect(text).not.toMatch(/verzamelen wij geen gegevens/i);
    expect(text).not.toMatch(/altijd inkijken/);
    expect(text).not.toMatch(/Welke gegevens dat zijn, lees je/);
  });

  it.each(["pupil", "parents"] as const)(
    "to the %s: who decides comes before the question, and the question is a heading",
    (audience) => {
      const doc = makeLetter(full, "teams", { templates, tools, audience, signature: true });
      const who = doc.markdown.indexOf("**Wie beslist?**");
      const question = doc.markdown.indexOf("\n## Ga je akkoord met beeldbellen?\n");
      expect(who).toBeGreaterThan(0);
      expect(question).toBeGreaterThan(who);
      expect(doc.blocks).toContainEqual(
        expect.objectContaining({
          type: "heading",
          level: 2,
          runs: [expect.objectContaining({ text: "Ga je akkoord met beeldbellen?" })],
        }),
      );
    },
  );

  it("Teams says the centre's Microsoft 365 keeps call records and chat", () => {
    // "Onze": the centre's own Microsoft 365, in the letter of that centre.
    expect(letterText("teams", "pupil")).toMatch(
      /Onze Microsoft 365-omgeving houdt bij wie deelnam, wanneer en hoe lang, en bewaart de chat/,
    );
  });

  it("Praatbox does not claim the staff sees a recording: no Praatbox page says so", () => {
    const text = letterText("praatbox", "pupil");
    expect(text).not.toMatch(/Start je in Praatbox zelf een opname, dan zien we dat/);
    expect(text).toMatch(/Neem het gesprek zelf nooit op/);
  });
});

describe("--audience", () => {
  let out: string;
  beforeAll(async () => {
    out = path.join(await tempDir(), "out");
  });

  it("all (the default) writes both letters per tool", async () => {
    const dir = path.join(out, "alle");
    const result = await cli([
      "generate",
      "-p",
      path.join(PROFILES, "clb-wereldwijd.yaml"),
      "--format",
      "txt",
      // The staff guides (made by default too) are no letter: guide-validate.test.ts has them.
      "--documents",
      "letters",
      "--out",
      dir,
    ]);
    expect(result.code).toBe(0);
    expect((await readdir(path.join(dir, "clb-wereldwijd"))).sort()).toEqual([
      "toestemming-praatbox-ouders.txt",
      "toestemming-praatbox.txt",
      "toestemming-teams-ouders.txt",
      "toestemming-teams.txt",
    ]);
    const parents = await readFile(
      path.join(dir, "clb-wereldwijd", "toestemming-teams-ouders.txt"),
      "utf8",
    );
    expect(parents).toMatch(/\bje kind\b/);
    expect(parents).toContain("jonger dan 11 jaar");
  });

  it.each([
    ["parents", ["toestemming-teams-ouders.md"]],
    ["pupil", ["toestemming-teams.md"]],
  ])("%s writes only that letter", async (audience, files) => {
    const dir = path.join(out, audience);
    const result = await cli([
      "generate",
      "-p",
      path.join(PROFILES, "clb-minimaal.yaml"),
      "--format",
      "md",
      "--audience",
      audience,
      "--documents",
      "letters",
      "--out",
      dir,
    ]);
    expect(result.code).toBe(0);
    expect(await readdir(path.join(dir, "clb-minimaal"))).toEqual(files);
  });

  it("refuses anything else with a usage error in Dutch, and English with --lang en", async () => {
    const args = ["generate", "-p", path.join(PROFILES, "clb-minimaal.yaml"), "--audience", "kind"];
    const nl = await cli([...args, "--out", path.join(out, "nooit")]);
    expect(nl.code).toBe(2);
    expect(nl.err).toMatch(
      /“kind” is geen geldige keuze voor --audience\. Kies pupil, parents of all\./,
    );
    const en = await cli([...args, "--out", path.join(out, "nooit"), "--lang", "en"]);
    expect(en.err).toMatch(/“kind” is not a valid choice for --audience/);
    await expect(readdir(path.join(out, "nooit"))).rejects.toThrow();
  });
});

describe("batch --audience", () => {
  it("writes both letters by default and records the audience in the manifest; parents only on request", async () => {
    const dir = await tempDir();
    const { cp } = await import("node:fs/promises");
    const profiles = path.join(dir, "profielen");
    await cp(path.join(PROFILES, "clb-minimaal.yaml"), path.join(profiles, "clb-minimaal.yaml"));
    const all = path.join(dir, "alle");
    // Letters only: the staff guides beside them are guide-batch.test.ts's.
    const base = [
      "batch",
      "--profiles",
      profiles,
      "--formats",
      "docx",
      "--jobs",
      "1",
      "--documents",
      "letters",
    ];
    expect((await cli([...base, "--out", all])).code).toBe(0);
    expect((await readdir(path.join(all, "clb-minimaal"))).sort()).toEqual([
      "toestemming-teams-ouders.docx",
      "toestemming-teams.docx",
    ]);
    const manifest = JSON.parse(await readFile(path.join(all, "manifest.json"), "utf8")) as {
      letters: { path: string; audience: string }[];
    };
    expect(manifest.letters.map((l) => [l.path, l.audience]).sort()).toEqual([
      ["clb-minimaal/toestemming-teams-ouders.docx", "parents"],
      ["clb-minimaal/toestemming-teams.docx", "pupil"],
    ]);
    const parents = path.join(dir, "ouders");
    expect((await cli([...base, "--out", parents, "--audience", "parents"])).code).toBe(0);
    expect(await readdir(path.join(parents, "clb-minimaal"))).toEqual([
      "toestemming-teams-ouders.docx",
    ]);
    const wrong = await cli([...base, "--out", path.join(dir, "nooit"), "--audience", "ouders"]);
    expect(wrong.code).toBe(2);
    await expect(readdir(path.join(dir, "nooit"))).rejects.toThrow();
  });
});

describe("the supervisory authority's name", () => {
  const WRONG = "Vlaamse Toezichtcommissie voor de bescherming van persoonsgegevens";

  it("a template that names it “… voor de bescherming van persoonsgegevens” fails validate, naming the right one", async () => {
    const dir = await editedTemplates([
      {
        file: "partials/klacht.md.hbs",
        remove: /Voor een CLB is dat de \{\{centre\.authority\.name\}\}/,
        with: `Voor een CLB is dat de ${WRONG}, {{centre.authority.name}}`,
      },
    ]);
    const result = await cli([
      "validate",
      path.join(dir, "teams.md.hbs"),
      "--profile",
      path.join(PROFILES, "clb-minimaal.yaml"),
    ]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /Verkeerde naam van de Vlaamse toezichthouder: de brief schrijft “toezichtcommissie voor de bescherming van persoonsgegevens”\. Schrijf “Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens”\./,
    );
  });

  it("a letter (text file) with the wrong name fails too", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "brief.md");
    const good = documentText(makeLetter(full, "teams", { templates, tools }));
    const { writeFile } = await import("node:fs/promises");
    await writeFile(
      file,
      good.replace("Toezichtcommissie voor de verwerking", "Toezichtcommissie voor de bescherming"),
    );
    const report = await runValidation({
      files: [file],
      profilesDir: PROFILES,
      strict: false,
      tool: "teams",
    });
    expect(report.ok).toBe(false);
    expect(report.targets[0]!.problems).toContainEqual(
      expect.objectContaining({ key: "validate.mistake", field: "toezichthouder-naam" }),
    );
    // The shipped text itself has no such mistake.
    await writeFile(file, good);
    const clean = await runValidation({
      files: [file],
      profilesDir: PROFILES,
      strict: false,
      tool: "teams",
    });
    expect(clean.targets[0]!.problems).toEqual([]);
  });
});

describe("a profile without a data protection officer", () => {
  it("is refused, and the message says what to add", async () => {
    const dir = await tempDir();
    const { writeFile } = await import("node:fs/promises");
    const file = path.join(dir, "zonder-dpo.yaml");
    await writeFile(file, profileYaml({ dpo: null }));
    const result = await cli(["generate", "-p", file, "--out", path.join(dir, "out")]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/zonder-dpo\.yaml:\d+.*dpo/);
    expect(result.err).toMatch(/functionaris voor gegevensbescherming.*“dpo:”.*“email:”/);
    await expect(parseProfile("p.yaml", profileYaml())).resolves.toBeDefined();
  });
});

describe("the Markdown letter", () => {
  it("has no needless backslashes for the example centres", async () => {
    for (const id of ["clb-de-brug", "clb-wereldwijd", "clb-praatbox", "clb-minimaal"]) {
      const loaded = await loadProfile(path.join(PROFILES, `${id}.yaml`));
      for (const tool of loaded.profile.tools) {
        for (const audience of ["pupil", "parents"] as const) {
          const { markdown } = makeLetter(loaded, tool, { templates, tools, audience });
          expect(markdown, `${id} ${tool} ${audience}`).not.toContain("\\");
        }
      }
    }
  });

  it("still prints a hostile centre name literally", async () => {
    const name = "CLB *Noord* [x](https://evil.example) <b>_y_</b> &amp; # 1. {{z}}";
    const loaded = await parseProfile("p.yaml", profileYaml({ name: `name: '${name}'` }));
    const { markdown } = makeLetter(loaded, "teams", { templates, tools, audience: "parents" });
    const text = documentText({ blocks: markdownToBlocks(markdown) });
    expect(text).toContain(name);
    expect(markdownToBlocks(markdown).some((b) => b.type === "heading" && b.level === 1)).toBe(
      true,
    );
  });
});
