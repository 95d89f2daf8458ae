import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { profileYaml, runCli, tempDir } from "../helpers/cli.js";

// DESIGN: page 1 is the first layer (the question and the ways to answer). A centre whose long
// name and address push it onto page 2 is told, once per letter, with the file, the profile
// and what to shorten; the letter is still made and the run does not fail.

const LONG_NAME =
  "Vrij Centrum voor Leerlingenbegeleiding van de Scholengemeenschappen van Groot-Gent, Merelbeke, Destelbergen, Lochristi, Wachtebeke en de Kanaalzone, afdeling Noord";
const LONG = profileYaml({
  id: "id: clb-lang",
  name: `name: ${LONG_NAME}`,
  address:
    'address:\n  street: Kanaalstraat 12, gebouw C, tweede verdieping, ingang langs de parking achteraan\n  postalCode: "9000"\n  city: Gent',
  tools: "tools: [teams]",
});
const SHORT = profileYaml({ tools: "tools: [teams]" });
const warningsIn = (stderr: string) =>
  stderr.split("\n").filter((line) => line.includes("de eerste laag"));

async function profiles(): Promise<{ dir: string; long: string; short: string }> {
  const dir = path.join(await tempDir("clb-first-layer-"), "profielen");
  await mkdir(dir);
  const long = path.join(dir, "clb-lang.yaml");
  const short = path.join(dir, "clb-test.yaml");
  await writeFile(long, LONG);
  await writeFile(short, SHORT);
  return { dir, long, short };
}

describe("a letter whose first layer runs past page 1", () => {
  it("generate warns once per such letter, naming file, profile and fields, and makes it", async () => {
    const { long, short } = await profiles();
    const out = await tempDir("clb-first-layer-out-");
    const args = ["-o", out, "-f", "pdf,md", "--documents", "letters", "--translations", "none"];
    const result = await runCli(["generate", "-p", long, ...args]);
    expect(result.code, result.stderr).toBe(0);
    const warnings = warningsIn(result.stderr);
    // Both letters (pupil, parents) spill over; each is named once, as a PDF.
    expect(warnings, result.stderr).toHaveLength(2);
    for (const name of ["toestemming-teams.pdf", "toestemming-teams-ouders.pdf"]) {
      const warning = warnings.find((w) => w.includes(`clb-lang/${name}:`));
      expect(warning, `${name}: ${result.stderr}`).toBeDefined();
      expect(warning).toMatch(/^Waarschuwing: /);
      expect(warning).toContain("clb-lang.yaml");
      expect(warning).toMatch(/korter: name, address\.street/);
    }
    expect((await readdir(path.join(out, "clb-lang"))).sort()).toEqual([
      "toestemming-teams-ouders.md",
      "toestemming-teams-ouders.pdf",
      "toestemming-teams.md",
      "toestemming-teams.pdf",
    ]);
    // A centre with short texts hears nothing of it.
    const fine = await runCli(["generate", "-p", short, ...args]);
    expect(fine.code, fine.stderr).toBe(0);
    expect(warningsIn(fine.stderr)).toEqual([]);
  });

  it("batch warns for that centre's letters only, and in English with --lang en", async () => {
    const { dir } = await profiles();
    const out = await tempDir("clb-first-layer-batch-");
    const result = await runCli([
      ...["--lang", "en", "batch", "--profiles", dir, "-o", out, "-f", "pdf", "--jobs", "1"],
      ...["--documents", "letters", "--translations", "none"],
    ]);
    expect(result.code, result.stderr).toBe(0);
    const warnings = result.stderr.split("\n").filter((l) => l.includes("the first layer"));
    expect(warnings, result.stderr).toHaveLength(2);
    for (const warning of warnings) {
      expect(warning).toMatch(/clb-lang\/toestemming-teams(-ouders)?\.pdf: /);
      expect(warning).toContain("clb-lang.yaml");
      expect(warning).not.toContain("clb-test");
    }
  });
});
