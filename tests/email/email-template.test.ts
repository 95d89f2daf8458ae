import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { nl } from "../../src/core/i18n/messages-nl.js";
import { run } from "../../src/node/cli/run.js";
import { ROUTES } from "../../src/node/proof/consent-routes.js";
import { PROFILES, TEMPLATES, tempDir } from "../helpers/cli.js";
import { editedTemplates } from "../helpers/edit-templates.js";
import { parseEml } from "../helpers/eml.js";

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const profile = path.join(PROFILES, "clb-minimaal.yaml");

describe("the consent routes", () => {
  it("are named in the proof note with the words of the routes partial", async () => {
    const partial = await readFile(path.join(TEMPLATES, "partials", "routes.md.hbs"), "utf8");
    for (const route of ROUTES) expect(partial).toContain(`**${nl[`proof.route.${route}`]}:**`);
  });

  it("are in the e-mail body", async () => {
    const email = await readFile(path.join(TEMPLATES, "email.md.hbs"), "utf8");
    expect(email).toContain("{{> routes}}");
  });

  it("are in the letter's first layer, for the pupil and for the parents", async () => {
    // The first layer has a branch for the parents and one for the pupil: each asks the
    // question and gives the routes.
    const layer = await readFile(path.join(TEMPLATES, "partials", "eerste-laag.md.hbs"), "utf8");
    const [parents, pupil] = layer.split("{{else}}");
    for (const branch of [parents, pupil]) {
      expect(branch).toContain("## Ga je akkoord met beeldbellen?\n\n{{> routes}}");
    }
    const out = path.join(await tempDir("clb-routes-"), "out");
    const made = await cli([
      "generate",
      "-p",
      profile,
      "-f",
      "txt,eml",
      "--documents",
      "letters",
      "-o",
      out,
    ]);
    expect(made.code, made.err).toBe(0);
    for (const name of ["toestemming-teams.txt", "toestemming-teams-ouders.txt"]) {
      const text = await readFile(path.join(out, "clb-minimaal", name), "utf8");
      // On page 1, before the second layer.
      const second = text.indexOf("Meer uitleg");
      expect(second, name).toBeGreaterThan(0);
      const first = text.slice(0, second);
      expect(first, name).toContain("Ga je akkoord met beeldbellen?");
      for (const route of ROUTES) expect(first, name).toContain(`${nl[`proof.route.${route}`]}:`);
      // A letter on paper has no e-mail to answer: it names the centre's address to mail.
      const parents = name.endsWith("-ouders.txt");
      expect(first, name).toContain(
        `antwoord ‘akkoord’ op de e-mail met deze brief, of mail ‘akkoord’ en ${parents ? "de naam van je kind" : "je naam"} naar info@minimaal.clb.example`,
      );
      // Each says how to sign this letter, which has no signature block (clb-minimaal), with
      // the child's name when a parent signs, and where the signed letter goes.
      expect(first, name).toContain(
        `schrijf op de laatste bladzijde ‘akkoord’, de datum en je naam${parents ? " en die van je kind" : ""}, en onderteken.`,
      );
      expect(first, name).toContain(
        "Geef de brief aan de medewerker of stuur hem naar CLB Minimaal, Dorpsplein 1, 3000 Leuven.",
      );
    }
    // The e-mail speaks of itself and of the letter attached, not of "this letter".
    const eml = await parseEml(
      await readFile(path.join(out, "clb-minimaal", "toestemming-teams.eml")),
    );
    for (const body of [eml.text ?? "", eml.html ?? ""]) {
      expect(body).toContain("op deze e-mail.");
      expect(body).toContain(
        "druk de brief in de bijlage af, vul de laatste bladzijde in en onderteken",
      );
      expect(body).not.toContain("onderaan deze brief");
    }
  });

  it("in a letter with a signature block, point to the block", async () => {
    const out = path.join(await tempDir("clb-routes-"), "out");
    const brug = path.join(PROFILES, "clb-de-brug.yaml");
    const made = await cli(["generate", "-p", brug, "-t", "teams", "-f", "txt", "-o", out]);
    expect(made.code, made.err).toBe(0);
    const text = await readFile(path.join(out, "clb-de-brug", "toestemming-teams.txt"), "utf8");
    expect(text).toContain("vul het blok op de laatste bladzijde in en onderteken het.");
    expect(text).not.toContain("schrijf op de laatste bladzijde");
  });
});

describe("validate and the e-mail template", () => {
  it("passes the shipped e-mail template for every tool, strictly", async () => {
    const result = await cli([
      "validate",
      path.join(TEMPLATES, "email.md.hbs"),
      "--profile",
      profile,
      "--strict",
    ]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/✓ email-akkoord: /);
    expect(result.out).toMatch(/email\.md\.hbs met clb-minimaal\.yaml/);
  });

  it("fails an e-mail that no longer says to reply ‘akkoord’", async () => {
    // The routes partial is where the e-mail says it.
    const dir = await editedTemplates([{ file: "email.md.hbs", remove: /\{\{> routes\}\}\n/ }]);
    const result = await cli(["validate", path.join(dir, "email.md.hbs"), "--profile", profile]);
    expect(result.code).toBe(1);
    expect(result.out + result.err).toMatch(/email-akkoord: .*ontbreekt/);
  });

  it("checks the parents' e-mail too: a clause missing there only fails", async () => {
    // The parents' branch of the "no is fine" sentence loses its alternative.
    const dir = await editedTemplates([
      {
        file: "email.md.hbs",
        remove:
          /\{\{#if letter\.parents\}\}met je kind \{\{\/if\}\}aan de telefoon, op school of in het CLB\./,
        with: "{{#if letter.parents}}later.{{else}}aan de telefoon, op school of in het CLB.{{/if}}",
      },
    ]);
    const result = await cli(["validate", path.join(dir, "email.md.hbs"), "--profile", profile]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/✗ .*email\.md\.hbs met clb-minimaal\.yaml, brief aan de ouders/);
    expect(result.out).not.toMatch(
      /✗ .*email\.md\.hbs met clb-minimaal\.yaml, brief aan de leerling/,
    );
    // The parts still occur in the e-mail, far apart: reported as not together, a failure too.
    expect(result.out).toMatch(/email-nee: .*(ontbreekt|niet bij elkaar)/);
  });

  it("fails an e-mail without the letter's question or without the other two routes", async () => {
    const noQuestion = await editedTemplates([
      { file: "email.md.hbs", remove: /\*\*Ga je akkoord met beeldbellen\?\*\*\n/ },
    ]);
    const asked = await cli([
      "validate",
      path.join(noQuestion, "email.md.hbs"),
      "--profile",
      profile,
    ]);
    expect(asked.code).toBe(1);
    expect(asked.out).toMatch(/email-vraag: .*ontbreekt/);
    const noRoutes = await editedTemplates([
      {
        file: "email.md.hbs",
        remove: /\{\{> routes\}\}\n/,
        with: "Antwoord met ‘akkoord’ op deze e-mail.\n",
      },
    ]);
    const routes = await cli([
      "validate",
      path.join(noRoutes, "email.md.hbs"),
      "--profile",
      profile,
    ]);
    expect(routes.code).toBe(1);
    expect(routes.out).toMatch(/email-routes: .*ontbreekt/);
    expect(routes.out).not.toMatch(/email-akkoord: .*ontbreekt/);
  });

  it("names the line of a misspelt variable in the e-mail template", async () => {
    const dir = await editedTemplates([
      { file: "email.md.hbs", remove: /\{\{centre\.phone\}\}/, with: "{{centre.telefoon}}" },
    ]);
    const result = await cli(["validate", path.join(dir, "email.md.hbs"), "--profile", profile]);
    expect(result.code).toBe(1);
    expect(result.out + result.err).toMatch(/email\.md\.hbs:\d+:\d+ +centre\.telefoon/);
  });
});
