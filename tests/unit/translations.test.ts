import path from "node:path";
import { describe, expect, it } from "vitest";
import { isUserError, type UserError } from "../../src/core/errors/user-error.js";
import { buildCentre, centreSpecs } from "../../src/core/pipeline/index.js";
import { parseProfile } from "../../src/node/io/index.js";
import { profileYaml } from "../helpers/cli.js";
import { inputsWithXx, withTranslations } from "../helpers/lang-fixture.js";

const FILE = path.join("/nergens", "clb-test.yaml");
const text = (files: { path: string; bytes: Uint8Array }[], name: string) =>
  new TextDecoder().decode(files.find((f) => f.path.endsWith(name))!.bytes);

describe("a translated letter (the pseudo-language xx)", () => {
  it("is made beside the Dutch one, with its templates, prose, date, notice and words", async () => {
    const loaded = await parseProfile(FILE, withTranslations(profileYaml()));
    const inputs = await inputsWithXx(loaded.profile.tools);
    const specs = centreSpecs(["teams"], { audiences: ["pupil", "parents"], translations: ["xx"] });
    const files = await buildCentre(loaded, inputs, { specs, formats: ["md"] });
    expect(files.map((f) => f.path)).toEqual([
      "clb-test/toestemming-teams.md",
      "clb-test/toestemming-teams-ouders.md",
      "clb-test/toestemming-teams-xx.md",
      "clb-test/toestemming-teams-ouders-xx.md",
    ]);
    const xx = text(files, "toestemming-teams-xx.md");
    const dutch = text(files, "toestemming-teams.md");
    // The language's template (its title marker), its date, its list words, its notice, then the Dutch one.
    expect(xx).toMatch(/^# \[xx\] Beeldbellen met Microsoft Teams/);
    expect(xx).toContain(
      "*Xx-vertaling ter informatie, de Nederlandse brief van 23. xx-nov 2026 geldt.*",
    );
    expect(xx).toContain(
      "*Vertaling ter informatie. Alleen de Nederlandse brief van 23 november 2026 geldt.*",
    );
    expect(xx.indexOf("Xx-vertaling")).toBeLessThan(xx.indexOf("CLB Test –"));
    expect(xx).toContain("## Xx meer uitleg");
    // The centre's prose in the language, never the Dutch.
    expect(xx).toContain("XX-We bewaren het dossier tien jaar");
    expect(xx).not.toMatch(/(?<!XX-)We bewaren het dossier tien jaar/);
    // tools.yaml's prose from the language's tools.yaml, joined with the language's "and".
    const praatbox = await buildCentre(loaded, inputs, {
      specs: centreSpecs(["praatbox"], { translations: ["xx"] }),
      formats: ["md"],
    });
    expect(text(praatbox, "toestemming-praatbox-xx.md")).toContain(
      "\\[xx\\] de plaats en de drie woorden die de medewerker voor de ruimte invult xx-en \\[xx\\] wat de website",
    );
    expect(dutch).not.toContain("[xx]");
    expect(dutch).not.toContain("Vertaling ter informatie");
  });

  it("fills the meta with the language's tag, direction and words, and breaks before its heading", async () => {
    const loaded = await parseProfile(FILE, withTranslations(profileYaml()));
    const inputs = await inputsWithXx(["teams"]);
    const { prepareDocument, letterSpec } = await import("../../src/core/pipeline/index.js");
    const { doc } = prepareDocument(loaded, letterSpec("teams", "pupil", "xx"), inputs);
    expect(doc.meta).toMatchObject({ lang: "nl-x-xx", dir: "ltr", dateText: "23. xx-nov 2026" });
    expect(doc.meta.words.pageBefore).toBe("Xx-pagina ");
    const heading = doc.blocks.find((b) => b.type === "heading" && b.newPage);
    expect(heading && "runs" in heading ? heading.runs[0]?.text : undefined).toBe("Xx meer uitleg");
  });

  it("refuses a translation whose profile lacks a prose path, naming file, line and path", async () => {
    const yaml = withTranslations(profileYaml(), ["xx"], ["retention.agreement"]);
    const loaded = await parseProfile(FILE, yaml);
    const inputs = await inputsWithXx(["teams"]);
    const specs = centreSpecs(["teams"], { translations: ["xx"] });
    const error = (await buildCentre(loaded, inputs, { specs, formats: ["md"] }).catch(
      (e: unknown) => e,
    )) as UserError;
    expect(isUserError(error)).toBe(true);
    expect(error.key).toBe("translation.refused");
    // The line of the centre's texts in that language, where the missing one belongs.
    const line = yaml.split("\n").findIndex((l) => l.includes("retention.file: XX-")) + 1;
    expect(error.problems).toEqual([
      expect.objectContaining({
        file: FILE,
        field: "translated.xx.retention.agreement",
        key: "translation.proseMissing",
        line: expect.any(Number),
      }),
    ]);
    expect(line).toBeGreaterThan(0);
    expect(error.problems[0]!.line).toBe(line);
  });
});
