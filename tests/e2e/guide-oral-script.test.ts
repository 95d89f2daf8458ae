import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { PROFILES, tempDir } from "../helpers/cli.js";

const DE_BRUG = path.join(PROFILES, "clb-de-brug.yaml");

/** One tool's staff guide for `profile`, as Markdown written by `generate`. */
async function guide(profile: string, tool: string, id = "clb-de-brug"): Promise<string> {
  const out = await tempDir("clb-guide-script-");
  const lines: string[] = [];
  const code = await run(
    ["generate", "-p", profile, "-t", tool, "-f", "md", "--documents", "guides", "-o", out],
    { out: (l) => lines.push(l), err: (l) => lines.push(l) },
  );
  expect(code, lines.join("\n")).toBe(0);
  return (await readFile(path.join(out, id, `handleiding-${tool}.md`), "utf8")).replace(
    /\\(.)/g,
    "$1",
  );
}

/** The numbered points of the spoken script, from its lead to the next section. */
function script(md: string): string[] {
  const start = md.indexOf("**Mondeling akkoord: wat je zegt.**");
  const end = md.indexOf("## 4.", start);
  expect(start).toBeGreaterThan(0);
  return md
    .slice(start, end)
    .split("\n")
    .filter((l) => /^\d+\. /.test(l));
}

/** A copy of clb-de-brug with its Praatbox contract replaced (or removed, with `undefined`). */
async function withPraatboxContract(contract: string | undefined): Promise<string> {
  const text = await readFile(DE_BRUG, "utf8");
  const block = /\n {2}praatbox:\n(?: {4}.*\n)+/;
  expect(text).toMatch(block);
  const file = path.join(await tempDir("clb-guide-contract-"), "clb-de-brug.yaml");
  // A logo must lie in the profile's folder; the guide's text does not need one.
  const edited = text
    .replace(block, contract === undefined ? "\n" : `\n  praatbox:\n${contract}`)
    .replace(/^logo: .*\n/m, "");
  await writeFile(file, edited);
  return file;
}

// The first layer's order (issue 26, part 5): each point's lead, in this order.
const FIRST_LAYER = [
  /^1\. \*\*Wie je bent en waarom je belt\.\*\*/,
  /^2\. \*\*De vraag, en dat nee goed is\.\*\* .*akkoord gaat met beeldbellen.*nee ook goed.*telefoon, op school of op het CLB/,
  /^3\. \*\*Wat we bewaren\.\*\* .*datum, het uur en de duur.*notities.*nooit opgenomen/,
  /^4\. \*\*Wat Praatbox ziet\.\*\*/,
  /^5\. \*\*Wie beslist\.\*\* Vanaf 12 jaar beslist de leerling in principe zelf; is hij jonger, dan beslist een ouder of voogd\./,
  /^6\. \*\*Geheim en rechten\.\*\* .*beroepsgeheim.*inkijken/,
  /^7\. \*\*Vragen of een klacht\.\*\* .*09 123 45 67.*onthaal@debrug\.clb\.example/,
  /^8\. \*\*Het akkoord noteren\.\*\* .*leerlingendossier/,
];

describe("the guide's spoken script for oral agreement", () => {
  it("has 6 to 8 points, in the order of the letter's first layer", async () => {
    const points = script(await guide(DE_BRUG, "praatbox"));
    expect(points.length).toBeGreaterThanOrEqual(6);
    expect(points.length).toBeLessThanOrEqual(8);
    expect(points).toHaveLength(FIRST_LAYER.length);
    for (const [index, lead] of FIRST_LAYER.entries()) expect(points[index]).toMatch(lead);
  });

  it("takes oral agreement by phone or in person before the first video call, never in it", async () => {
    const md = await guide(DE_BRUG, "teams");
    expect(md).not.toContain("aan het begin van het eerste gesprek");
    expect(md).toContain(
      "**Mondeling, vóór het eerste beeldbelgesprek.** Aan de telefoon, of als je de cliënt ziet op school of op het CLB; nooit in het beeldbelgesprek zelf",
    );
    expect(md).toContain("Zonder akkoord beeldbel je niet.");
  });

  it("says what the vendor sees, for whom it works and where, from the centre's contract", async () => {
    const processor = script(await guide(DE_BRUG, "praatbox"))[3];
    expect(processor).toContain(
      "Praatbox krijgt wat nodig is voor het gesprek en werkt daarbij alleen in opdracht van het centrum; de gegevens blijven in de Europese Unie.",
    );
    const controller = await withPraatboxContract(
      [
        "    role: controller",
        "    where: eu-and-outside-eu",
        "    safeguard: De standaardcontractbepalingen van de Europese Commissie.",
        "    retention: Praatbox bewaart de gegevens 30 dagen.",
        "    agreement: Voorwaarden van Praatbox",
        '    agreementDate: "2025-10-15"',
        "",
      ].join("\n"),
    );
    const own = script(await guide(controller, "praatbox"))[3];
    expect(own).toContain(
      "Praatbox krijgt wat nodig is voor het gesprek en beslist zelf wat het daarmee doet; de gegevens gaan ook naar landen buiten de Europese Unie.",
    );
    expect(own).not.toContain("in opdracht van het centrum");
  });

  it("without the centre's contract, says there is no letter to agree to", async () => {
    const point = script(await guide(await withPraatboxContract(undefined), "praatbox"))[3];
    expect(point).toContain("het profiel van het centrum vermeldt die nog niet");
    expect(point).toContain("vraag dan geen akkoord voor beeldbellen met Praatbox");
    expect(point).not.toContain("Europese Unie");
  });
});

describe("the guide and the letters tell one story", () => {
  it("names both letters by their titles", async () => {
    const md = await guide(DE_BRUG, "teams");
    expect(md).toContain(
      "‘Beeldbellen met Microsoft Teams: geïnformeerde toestemming voor leerlingen’ en ‘Beeldbellen met Microsoft Teams: geïnformeerde toestemming voor ouders’",
    );
    expect(md).not.toContain("‘Toestemming voor beeldbellen met");
  });

  it("calls what the client gives an akkoord", async () => {
    for (const tool of ["teams", "praatbox"]) {
      const md = await guide(DE_BRUG, tool);
      const rest = md.replaceAll("geïnformeerde toestemming", "");
      expect(rest, tool).not.toMatch(/toestemming/i);
    }
  });

  it("says what Praatbox keeps of the client, as the letter does, and claims no account", async () => {
    const md = await guide(DE_BRUG, "praatbox");
    expect(md).not.toContain("vraagt geen account");
    expect(md).not.toContain("Hulp voor gasten zonder account");
    // tools.yaml's guestEnters and collects, as the letter states them.
    expect(md).toContain(
      "De cliënt vult in: het wachtwoord van de gespreksruimte, dat de medewerker je geeft.",
    );
    expect(md).toContain("Praatbox houdt bij: de naam van de gespreksruimte");
  });

  it("has the Jitsi host sign in as moderator before the client comes in", async () => {
    const brug = await readFile(DE_BRUG, "utf8");
    expect(brug).not.toMatch(/tools: \[.*jitsi/);
    // clb-open-net uses Jitsi Meet.
    const md = await guide(path.join(PROFILES, "clb-open-net.yaml"), "jitsi", "clb-open-net");
    expect(md).toContain("**Meld je eerst aan als moderator.**");
    expect(md).toContain(
      "gaat een gesprek op meet.jit.si pas open als er een aangemelde moderator is",
    );
  });
});
