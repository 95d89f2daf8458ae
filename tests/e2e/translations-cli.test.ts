import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPdf } from "../../src/core/extract/read-pdf.js";
import { fileSha256 } from "../../src/node/batch/hash.js";
import { profileYaml, runCli, TEMPLATES, tempDir } from "../helpers/cli.js";
import { withTranslations, XX_DIR } from "../helpers/lang-fixture.js";

/** The shipped templates with the pseudo-language xx as templates/lang/xx, and a profile for it. */
async function setUp() {
  const dir = await tempDir();
  const templates = path.join(dir, "templates");
  await cp(TEMPLATES, templates, { recursive: true });
  await cp(XX_DIR, path.join(templates, "lang", "xx"), { recursive: true });
  const profile = path.join(dir, "clb-test.yaml");
  await writeFile(profile, withTranslations(profileYaml()));
  return { dir, templates, profile };
}

interface Entry {
  path: string;
  sha256: string;
  lang?: string;
  translationOf?: { path: string; sha256: string };
}

describe("a translation made by generate", () => {
  it("is in the manifest with its language and the Dutch letter (path and hash) it goes with", async () => {
    const { dir, templates, profile } = await setUp();
    const out = path.join(dir, "out");
    const result = await runCli([
      "generate",
      ...["-p", profile, "--templates", templates, "-o", out, "-f", "pdf,docx", "-t", "teams"],
    ]);
    expect(result.stderr).toContain("Pseudotaal");
    expect(result.code).toBe(0);
    const manifest = JSON.parse(await readFile(path.join(out, "manifest.json"), "utf8")) as {
      letters: Entry[];
    };
    const at = (p: string) => manifest.letters.find((e) => e.path === p);
    for (const format of ["pdf", "docx"])
      for (const reader of ["", "-ouders"]) {
        const dutchPath = `clb-test/toestemming-teams${reader}.${format}`;
        const entry = at(`clb-test/toestemming-teams${reader}-xx.${format}`);
        const dutch = at(dutchPath);
        expect(dutch?.lang).toBeUndefined();
        expect(entry?.lang).toBe("xx");
        const bytes = await readFile(path.join(out, dutchPath));
        expect(entry?.translationOf).toEqual({ path: dutchPath, sha256: fileSha256(bytes) });
      }
    // proof is for the Dutch letter the client agreed to, and says which one.
    const proof = await runCli([
      "proof",
      path.join(out, "clb-test", "toestemming-teams-ouders-xx.pdf"),
      ...["--route", "email", "--date", "2026-12-01"],
    ]);
    expect(proof.code).toBe(2);
    expect(proof.stderr).toContain("vertaling ter informatie");
    expect(proof.stderr).toContain(path.join(out, "clb-test", "toestemming-teams-ouders.pdf"));
    // The profile's values stand in the translation exactly as in the Dutch letter.
    const text = async (name: string) =>
      (await readPdf(await readFile(path.join(out, "clb-test", name)))).text.replace(/\s+/g, "");
    const [dutch, xx] = [
      await text("toestemming-teams.pdf"),
      await text("toestemming-teams-xx.pdf"),
    ];
    for (const value of [
      "CLB Test",
      "02 123 45 67",
      "info@test.clb.example",
      "https://test.clb.example/privacy",
      "klacht@test.clb.example",
      "dpo@test.clb.example",
    ]) {
      expect(dutch).toContain(value.replace(/\s+/g, ""));
      expect(xx).toContain(value.replace(/\s+/g, ""));
    }
  });
});

describe("validate, for a translation", () => {
  it("passes its templates against its own checklist, and fails one without a clause", async () => {
    const { templates, profile } = await setUp();
    const teams = path.join(templates, "lang", "xx", "teams.md.hbs");
    const good = await runCli(["validate", teams, "-p", profile, "--json"]);
    const report = JSON.parse(good.stdout) as {
      ok: boolean;
      targets: { lang?: string; clauses: { id: string; status: string }[] }[];
    };
    expect(report.targets.length).toBeGreaterThan(0);
    expect(report.targets.every((t) => t.lang === "xx")).toBe(true);
    expect(good.code).toBe(0);
    // A centre with Teams only: the other tools' translations are left out, as in Dutch, and
    // not refused for lacking a profile.
    const teamsOnly = path.join(path.dirname(profile), "clb-teams.yaml");
    await writeFile(
      teamsOnly,
      withTranslations(
        profileYaml({ id: "id: clb-teams", tools: "tools: [teams]", contracts: null }).replace(
          /$/,
          'contracts:\n  teams:\n    role: processor\n    where: eu\n    retention: Dertig dagen.\n    agreement: DPA\n    agreementDate: "2025-09-01"\n',
        ),
      ),
    );
    const one = await runCli(["validate", teams, "-p", teamsOnly, "--json"]);
    expect(one.code, one.stdout).toBe(0);
    const tools = (JSON.parse(one.stdout) as { targets: { tool?: string }[] }).targets;
    expect(new Set(tools.map((t) => t.tool))).toEqual(new Set(["teams"]));
    // Take "we never record" out of the language's text: the clause goes missing.
    for (const name of ["eerste-laag", "gegevens"]) {
      const file = path.join(templates, "lang", "xx", "partials", `${name}.md.hbs`);
      const text = await readFile(file, "utf8");
      await writeFile(
        file,
        text
          .replaceAll(" We nemen een gesprek nooit op.", "")
          .replaceAll("Een gesprek nemen we nooit op, niet met beeld en niet met geluid. ", ""),
      );
    }
    const bad = await runCli(["validate", teams, "-p", profile, "--json"]);
    expect(bad.code).not.toBe(0);
    const missing = (JSON.parse(bad.stdout) as typeof report).targets.flatMap((t) =>
      t.clauses.filter((c) => c.status === "missing").map((c) => c.id),
    );
    expect(missing).toContain("opname");
  });
});

/**
 * A profile offering xx with a translated text of a tool the centre does not use, left over
 * from a copied profile; `line` is that text's line (0-based).
 */
async function withLeftover() {
  const { dir, templates } = await setUp();
  const profile = path.join(dir, "clb-over.yaml");
  const text = withTranslations(profileYaml());
  await writeFile(
    profile,
    text.replace(/^ {2}xx:\n/m, '  xx:\n    contracts.zoom.retention: "XX-Dertig dagen."\n'),
  );
  const line = (await readFile(profile, "utf8"))
    .split("\n")
    .findIndex((l) => l.includes("contracts.zoom.retention"));
  return { dir, templates, profile, line };
}

describe("a refused choice of translations", () => {
  it("names the field and its line, and still makes the Dutch letters", async () => {
    const { dir, templates, profile, line } = await withLeftover();
    const out = path.join(dir, "out");
    const result = await runCli([
      "generate",
      ...["-p", profile, "--templates", templates, "-o", out, "-f", "md", "-t", "teams"],
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`clb-over.yaml:${line + 1}:`);
    expect(result.stderr).toContain("translated.xx.contracts.zoom.retention");
    expect(result.stderr).toContain("geen vertalingen gemaakt");
    const made = await readdir(path.join(out, "clb-test"));
    expect(made).toContain("toestemming-teams.md");
    expect(made.some((f) => f.includes("-xx."))).toBe(false);
  });

  it("only warns when that language is not made: the leftover text changes no file", async () => {
    const { dir, templates, profile, line } = await withLeftover();
    const out = path.join(dir, "out-none");
    const args = ["-p", profile, "--templates", templates, "-o", out, "-f", "md", "-t", "teams"];
    const result = await runCli(["generate", ...args, "--translations", "none"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("Waarschuwing");
    expect(result.stderr).toContain(`clb-over.yaml:${line + 1}:`);
    expect(result.stderr).toContain("translated.xx.contracts.zoom.retention");
    expect(await readdir(path.join(out, "clb-test"))).toContain("toestemming-teams.md");
  });
});
