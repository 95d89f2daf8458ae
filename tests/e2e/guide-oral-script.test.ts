import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/node/cli/run.js";
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

/** The folder with one tool's letters (Markdown) for `profile`, as `generate` writes them. */
async function generated(profile: string, tool: string, id = "clb-de-brug"): Promise<string> {
  const out = await tempDir("clb-guide-letter-");
  const lines: string[] = [];
  const code = await run(
    ["generate", "-p", profile, "-t", tool, "-f", "md", "--documents", "letters", "-o", out],
    { out: (l) => lines.push(l), err: (l) => lines.push(l) },
  );
  expect(code, lines.join("\n")).toBe(0);
  return path.join(out, id);
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
  // Who decides comes before the question, as in the letter.
  /^2\. \*\*Wie beslist\.\*\* Vanaf 12 jaar beslist de leerling zelf\. Denk je dat hij dat nog niet kan, of is hij jonger dan 12 jaar, dan beslist een ouder of voogd\./,
  // The agreement's scope names the tool, as the letter's does.
  /^3\. \*\*De vraag, en dat nee goed is\.\*\* .*akkoord gaat met beeldbellen.*nee ook goed.*telefoon, op school of op het CLB.*elk beeldbelgesprek via Praatbox/,
  /^4\. \*\*Wat we bewaren\.\*\* .*datum, het uur en de duur.*notities.*De school ziet dat dossier niet\..*nooit opgenomen/,
  /^5\. \*\*Wat Praatbox ziet\.\*\*/,
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
    const processor = script(await guide(DE_BRUG, "praatbox"))[4];
    expect(processor).toContain(
      "Praatbox krijgt wat nodig is voor het gesprek en werkt daarbij alleen in opdracht van het centrum; de gegevens blijven in de Europese Unie. Zo staat het in de verwerkersovereenkomst van het centrum met Praatbox.",
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
    const own = script(await guide(controller, "praatbox"))[4];
    expect(own).toContain(
      "Praatbox krijgt wat nodig is voor het gesprek en gebruikt die gegevens ook voor zichzelf (zie zijn privacyverklaring); de gegevens gaan ook naar landen buiten de Europese Unie, en ook daar moeten ze even goed beschermd zijn.",
    );
    expect(own).not.toContain("in opdracht van het centrum");
    // A controller has no processing agreement (GDPR art. 28 is for processors): its terms.
    expect(own).toContain(
      "Zo staat het in de voorwaarden van Praatbox die het centrum aanvaardde.",
    );
    expect(own).not.toContain("verwerkersovereenkomst");
  });

  it("without the centre's contract, says there is no letter to agree to", async () => {
    const point = script(await guide(await withPraatboxContract(undefined), "praatbox"))[4];
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
      "De cliënt vult in: het wachtwoord van de gespreksruimte, dat de medewerker apart geeft.",
    );
    // One list, from Praatbox's own privacy page (tools.yaml), word for word as the letter has it.
    const list =
      "de naam van de gespreksruimte, de plaats en de drie woorden die de medewerker voor de ruimte invult en wat de website met cookies bijhoudt van wie hem bezoekt";
    expect(md).toContain(`Praatbox houdt bij: ${list}.`);
    const letter = await readFile(
      path.join(await generated(DE_BRUG, "praatbox"), "toestemming-praatbox.md"),
      "utf8",
    );
    expect(letter).toContain(list);
  });

  it("names in every example profile's Praatbox retention the data Praatbox keeps, nothing else", async () => {
    for (const file of (await readdir(PROFILES)).filter((f) => f.endsWith(".yaml"))) {
      const text = await readFile(path.join(PROFILES, file), "utf8");
      const line = /\n {2}praatbox:\n(?: {4}.*\n)*? {4}retention: (.*)\n/.exec(text)?.[1];
      if (line === undefined) continue;
      expect(line, file).toContain("de naam van de gespreksruimte, de plaats en de drie woorden");
      expect(line, file).not.toMatch(/IP-adres|e-mailadres/);
    }
  });

  it("never allows a recording, not even by agreement", async () => {
    const md = await guide(DE_BRUG, "teams");
    expect(md).toContain("Neem een gesprek nooit op.");
    expect(md).not.toMatch(/nooit op, tenzij/);
  });

  it("offers Google Meet's guest help only where the centre's administrator lets guests in", async () => {
    const md = await guide(path.join(PROFILES, "clb-open-net.yaml"), "google-meet", "clb-open-net");
    expect(md).toMatch(
      /\*\*Hulp voor gasten zonder account\.\*\* Als de beheerder van het centrum gasten zonder Google-account toelaat, neemt de cliënt deel/,
    );
  });

  it("has the Jitsi host sign in as moderator before the client comes in", async () => {
    const brug = await readFile(DE_BRUG, "utf8");
    expect(brug).not.toMatch(/tools: \[.*jitsi/);
    // clb-open-net uses Jitsi Meet.
    const md = await guide(path.join(PROFILES, "clb-open-net.yaml"), "jitsi", "clb-open-net");
    expect(md).toContain("**Meld je eerst aan als moderator.**");
    // The accounts Jitsi's own blog names; no year, which the stored page does not give.
    expect(md).toContain(
      "Op meet.jit.si opent een ruimte pas als iemand zich aanmeldt met een account, bijvoorbeeld van Google, GitHub of Facebook",
    );
    expect(md).not.toMatch(/Sinds augustus|2023/);
    // No community forum post as help: the vendor's own pages only.
    expect(md).not.toContain("community.jitsi.org");
  });
});
