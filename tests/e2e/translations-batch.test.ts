import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileSha256 } from "../../src/node/batch/hash.js";
import { runBatch } from "../../src/node/batch/run-batch.js";
import { profileYaml, TEMPLATES, tempDir } from "../helpers/cli.js";
import { withTranslations, XX_DIR } from "../helpers/lang-fixture.js";

interface Entry {
  path: string;
  sha256: string;
  lang?: string;
  translationOf?: { path: string; sha256: string };
}

/**
 * Two centres that offer the pseudo-language xx: clb-een has every text in it, clb-twee lacks
 * its retention text in xx. The shipped templates with xx beside them.
 */
async function setUp() {
  const dir = await tempDir();
  const templatesDir = path.join(dir, "templates");
  await cp(TEMPLATES, templatesDir, { recursive: true });
  await cp(XX_DIR, path.join(templatesDir, "lang", "xx"), { recursive: true });
  const profilesDir = path.join(dir, "profielen");
  await mkdir(profilesDir);
  const one = { id: "id: clb-een", tools: "tools: [teams]" };
  await writeFile(path.join(profilesDir, "clb-een.yaml"), withTranslations(profileYaml(one)));
  const two = { id: "id: clb-twee", tools: "tools: [teams]" };
  await writeFile(
    path.join(profilesDir, "clb-twee.yaml"),
    withTranslations(profileYaml(two), ["xx"], ["retention.file"]),
  );
  const options = {
    profilesDir,
    templatesDir,
    outDir: path.join(dir, "out"),
    formats: ["pdf", "md"] as const,
    audiences: ["pupil"] as const,
    jobs: 1,
  };
  const manifest = async () =>
    (
      JSON.parse(await readFile(path.join(options.outDir, "manifest.json"), "utf8")) as {
        letters: Entry[];
      }
    ).letters;
  return { options, templatesDir, manifest };
}

describe("batch, with translations", () => {
  it("makes each centre's translations beside its Dutch letters and records which Dutch letter they go with", async () => {
    const { options, templatesDir, manifest } = await setUp();
    const result = await runBatch(options);
    // clb-een: Dutch and xx, pdf and md; clb-twee: Dutch only, its translation refused.
    expect(result.written).toBe(6);
    const refusal = result.failures.find((f) => f.file.endsWith("clb-twee.yaml"));
    expect(refusal?.error.key).toBe("translation.refused");
    expect(refusal?.error.problems.map((p) => p.field)).toContain("translated.xx.retention.file");
    expect([...result.languages.keys()]).toEqual(["xx"]);

    const entries = await manifest();
    const at = (p: string) => entries.find((e) => e.path === p);
    for (const format of ["pdf", "md"]) {
      const dutch = at(`clb-een/toestemming-teams.${format}`)!;
      const xx = at(`clb-een/toestemming-teams-xx.${format}`)!;
      expect(xx.lang).toBe("xx");
      const bytes = await readFile(path.join(options.outDir, dutch.path));
      expect(xx.translationOf).toEqual({ path: dutch.path, sha256: fileSha256(bytes) });
      expect(at(`clb-twee/toestemming-teams.${format}`)).toBeDefined();
      expect(at(`clb-twee/toestemming-teams-xx.${format}`)).toBeUndefined();
    }
    const md = await readFile(path.join(options.outDir, "clb-een/toestemming-teams-xx.md"), "utf8");
    expect(md).toContain("XX-We bewaren het dossier");

    // The Dutch letter made again (its template edited): the unchanged translation is not
    // rewritten, and now names the new Dutch letter.
    const teams = path.join(templatesDir, "teams.md.hbs");
    await writeFile(teams, `${await readFile(teams, "utf8")}\n\nEen zin erbij.\n`);
    const again = await runBatch(options);
    expect(again.unchanged).toBe(2);
    const after = await manifest();
    const dutchMd = after.find((e) => e.path === "clb-een/toestemming-teams.md")!;
    const xxMd = after.find((e) => e.path === "clb-een/toestemming-teams-xx.md")!;
    expect(dutchMd.sha256).not.toBe(at("clb-een/toestemming-teams.md")!.sha256);
    expect(xxMd.translationOf?.sha256).toBe(dutchMd.sha256);
  });

  it("makes none with `translations: []` as the run's choice, and stops on a language it does not have", async () => {
    const { options } = await setUp();
    const none = await runBatch({ ...options, translations: [] });
    expect(none.written).toBe(4);
    expect(none.failures).toEqual([]);
    await expect(runBatch({ ...options, translations: ["qq"], force: true })).rejects.toMatchObject(
      {
        key: "cli.translationsUnknown",
      },
    );
  });
});
