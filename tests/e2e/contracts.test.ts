import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "../../src/core/i18n/translator.js";
import { CONTRACTS_YAML, profileYaml, runCli, tempDir } from "../helpers/cli.js";

const t = createTranslator("nl");

/** CONTRACTS_YAML with one tool's contract replaced (null: left out). */
function contractsWith(tool: string, contract: string | null): string {
  const lines = CONTRACTS_YAML.split("\n");
  const start = lines.indexOf(`  ${tool}:`);
  let end = start + 1;
  while (end < lines.length && lines[end]!.startsWith("    ")) end++;
  lines.splice(start, end - start, ...(contract === null ? [] : [`  ${tool}:`, contract]));
  return lines.join("\n");
}

/** Writes a profile and makes its letters as text for the given tools. */
async function letters(overrides: Record<string, string | null>, extra: string[] = []) {
  const dir = await tempDir();
  const file = path.join(dir, "clb-test.yaml");
  await writeFile(file, profileYaml(overrides));
  const out = path.join(dir, "out");
  const made = await runCli([
    "generate",
    "-p",
    file,
    "-f",
    "txt",
    "--documents",
    "letters",
    "-o",
    out,
    ...extra,
  ]);
  const files = await readdir(path.join(out, "clb-test")).catch(() => [] as string[]);
  const read = (name: string) => readFile(path.join(out, "clb-test", name), "utf8");
  return { file, made, files, read };
}

async function lineOf(file: string, text: string): Promise<number> {
  return (await readFile(file, "utf8")).split("\n").indexOf(text) + 1;
}

describe("vendor facts come from the centre's own processing agreement, or there is no letter", () => {
  it("refuses the letter of a tool without a contract, naming each field, and makes the others", async () => {
    const made = await letters({ contracts: contractsWith("praatbox", null) });
    expect(made.made.code).toBe(1);
    // The other tool's letters are written, the refused tool's are not.
    expect(made.files.sort()).toEqual(["toestemming-teams-ouders.txt", "toestemming-teams.txt"]);
    expect(made.made.stderr).toContain(
      t("contract.refused", { file: made.file, tool: "Praatbox" }),
    );
    for (const field of ["role", "where", "retention", "agreement", "agreementDate"]) {
      expect(made.made.stderr).toContain(`contracts.praatbox.${field}`);
    }
    // Pointed at the tool's entry in `tools`, so the reader sees which tool it is.
    expect(made.made.stderr).toContain(
      `${made.file}:${await lineOf(made.file, "tools: [teams, praatbox]")}:`,
    );
    expect(made.made.stderr).toContain(t("contract.need.role", { vendor: "Praatbox" }));
    // The written letters are listed before the refusal.
    expect(made.made.stdout).toContain("toestemming-teams.txt");
  });

  it("asks for the safeguard when the vendor processes outside the EU", async () => {
    const zoom = [
      "    role: processor",
      "    where: outside-eu",
      "    retention: Zoom wist alles na 30 dagen.",
      "    agreement: Zoom DPA",
      '    agreementDate: "2025-01-01"',
    ].join("\n");
    const made = await letters({ tools: "tools: [zoom]", contracts: contractsWith("zoom", zoom) });
    expect(made.made.code).toBe(1);
    expect(made.files).toEqual([]);
    expect(made.made.stderr).toContain("contracts.zoom.safeguard");
    expect(made.made.stderr).not.toContain("contracts.zoom.role");
    // The line of a value the contract does hold, so the reader lands in the right block.
    expect(made.made.stderr).toContain(`${made.file}:${(await lineOf(made.file, "  zoom:")) + 1}:`);
  });

  it("states the role the contract gives, and the two roles make different letters", async () => {
    const role = (value: string) =>
      contractsWith(
        "jitsi",
        [
          `    role: ${value}`,
          "    where: eu",
          "    retention: 8x8 wist alles na 7 dagen.",
          "    agreement: Overeenkomst 8x8",
          '    agreementDate: "2025-01-01"',
        ].join("\n"),
      );
    const processor = await letters({ tools: "tools: [jitsi]", contracts: role("processor") });
    const controller = await letters({ tools: "tools: [jitsi]", contracts: role("controller") });
    expect(processor.made.code, processor.made.stderr).toBe(0);
    expect(controller.made.code, controller.made.stderr).toBe(0);
    for (const name of ["toestemming-jitsi.txt", "toestemming-jitsi-ouders.txt"]) {
      const a = await processor.read(name);
      const b = await controller.read(name);
      expect(a, name).not.toBe(b);
      // No hedging about who processes the data: the letter says which one it is.
      for (const text of [a, b]) {
        expect(text).not.toMatch(/kan dat doen in onze opdracht/);
        expect(text).not.toMatch(/Welke rol 8x8 heeft/);
      }
      // The contract's own retention text is in the letter, word for word.
      expect(a).toContain("8x8 wist alles na 7 dagen.");
      // A complaint about what the vendor does for itself goes to the Belgian authority: only
      // a vendor that is its own controller does anything for itself.
      expect(b).toContain("klaag je bij de Gegevensbeschermingsautoriteit");
      expect(a).not.toContain("Gegevensbeschermingsautoriteit");
    }
  });

  it("refuses a role or place the letter does not know at file:line", async () => {
    const wrong = contractsWith(
      "jitsi",
      [
        "    role: verwerker",
        "    where: europa",
        "    retention: x",
        "    agreement: y",
        '    agreementDate: "2025-01-01"',
      ].join("\n"),
    );
    const made = await letters({ tools: "tools: [jitsi]", contracts: wrong });
    expect(made.made.code).toBe(1);
    expect(made.made.stderr).toContain(
      `${made.file}:${await lineOf(made.file, "    role: verwerker")}:`,
    );
    expect(made.made.stderr).toContain("contracts.jitsi.role");
    expect(made.made.stderr).toContain(t("profile.vendorRole", { value: "verwerker" }));
    expect(made.made.stderr).toContain(t("profile.processingPlace", { value: "europa" }));
  });

  it("validate refuses the template for a named profile without the contract", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "clb-test.yaml");
    await writeFile(file, profileYaml({ contracts: contractsWith("teams", null) }));
    const result = await runCli(["validate", "-p", file, "templates/teams.md.hbs"]);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain("contracts.teams.where");
  });
});

describe("the profile's own choices the letter states", () => {
  it("refuses an own-consent age above 12 and accepts a lower one", async () => {
    const higher = await letters({ ownConsentAge: "ownConsentAge: 14" });
    expect(higher.made.code).toBe(1);
    expect(higher.made.stderr).toContain("ownConsentAge");
    expect(higher.made.stderr).toContain(t("profile.age", { min: 6, max: 12 }));
    const lower = await letters({ ownConsentAge: "ownConsentAge: 11" });
    expect(lower.made.code, lower.made.stderr).toBe(0);
    expect(await lower.read("toestemming-teams.txt")).toContain("11 jaar");
  });

  it("asks for retention per kind of data, and explains the old single text", async () => {
    const missing = await letters({ retention: null });
    expect(missing.made.code).toBe(1);
    expect(missing.made.stderr).toContain(t("profile.retentionMissing"));
    const old = await letters({ retention: "retention: We bewaren alles lang." });
    expect(old.made.code).toBe(1);
    expect(old.made.stderr).toContain(t("profile.retentionText"));
    const ok = await letters({});
    const text = await ok.read("toestemming-teams.txt");
    expect(text).toContain("We bewaren het dossier tien jaar na het laatste consult.");
    expect(text).toContain("Je akkoord bewaren we even lang als het dossier.");
  });

  it("states the data-breach rule, and the centre's own promise only where it makes one", async () => {
    const rule = await (await letters({})).read("toestemming-teams.txt");
    expect(rule).not.toMatch(/72 uur/);
    // GDPR art. 34: whoever a breach puts at high risk is told without (undue) delay; the
    // letter says it plainly as "zonder uitstel".
    expect(rule).toMatch(
      /datalek[\s\S]*hoog risico[\s\S]*Dan laten we je dat zonder uitstel weten/,
    );
    const promise = await letters({ breachPromiseHours: "breachPromiseHours: 48" });
    expect(promise.made.code, promise.made.stderr).toBe(0);
    expect(await promise.read("toestemming-teams.txt")).toMatch(/48 uur/);
    const wrong = await letters({ breachPromiseHours: "breachPromiseHours: 0" });
    expect(wrong.made.code).toBe(1);
    expect(wrong.made.stderr).toContain(t("profile.breachHours"));
  });
});
