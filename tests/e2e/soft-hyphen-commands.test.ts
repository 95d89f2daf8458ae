import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { profileYaml, runCli, TEMPLATES, tempDir } from "../helpers/cli.js";

// A soft hyphen (U+00AD) is taken out of a value with a warning at file:line. `generate` did
// it for a profile; `validate` and `batch` took it out silently, and a soft hyphen in
// tools.yaml was taken out silently everywhere (issue 27).

const SOFT_HYPHEN = "\u00AD";

/** A profile whose name has a soft hyphen (line 2), and a templates folder whose tools.yaml has one. */
async function setUp() {
  const dir = await tempDir("clb-soft-hyphen-");
  const profiles = path.join(dir, "profielen");
  await mkdir(profiles);
  const profile = path.join(profiles, "clb-test.yaml");
  await writeFile(
    profile,
    profileYaml({ name: `name: CLB Zui${SOFT_HYPHEN}dernaam`, tools: "tools: [teams]" }),
  );
  const templates = path.join(dir, "templates");
  await cp(TEMPLATES, templates, { recursive: true });
  const toolsFile = path.join(templates, "tools.yaml");
  const lines = (await readFile(toolsFile, "utf8")).split("\n");
  const vendorLine = lines.indexOf("    vendor: Microsoft");
  expect(vendorLine).toBeGreaterThan(0);
  lines[vendorLine] = `    vendor: Micro${SOFT_HYPHEN}soft`;
  await writeFile(toolsFile, lines.join("\n"));
  // Lines count from 1; the hyphen is the 18th character ("    vendor: Micro" is 17).
  return { dir, profiles, profile, templates, toolsAt: `${toolsFile}:${vendorLine + 1}:18` };
}

const WARNING_NL = /^Waarschuwing: (\S+) {2}Hier stond een onzichtbaar zacht afbreekstreepje/gm;

/** The places the Dutch soft hyphen warning names, in order. */
function warnedAt(stderr: string): string[] {
  return [...stderr.matchAll(WARNING_NL)].map((m) => m[1] ?? "");
}

describe("a soft hyphen is taken out and told at file:line by every command", () => {
  it("validate: in the profile and in tools.yaml, once each; it fails nothing", async () => {
    const { profile, templates, toolsAt } = await setUp();
    const result = await runCli([
      "validate",
      path.join(templates, "teams.md.hbs"),
      "--profile",
      profile,
    ]);
    expect(result.code, result.stdout).toBe(0);
    expect(warnedAt(result.stderr).sort()).toEqual([`${profile}:2:14`, toolsAt].sort());
  }, 60_000);

  it("validate --lang en says it in English", async () => {
    const { profile, templates } = await setUp();
    const result = await runCli([
      "--lang",
      "en",
      "validate",
      path.join(templates, "teams.md.hbs"),
      "--profile",
      profile,
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Warning: ${profile}:2:14  Here was an invisible soft hyphen`);
  }, 60_000);

  it("batch: in the profile and in tools.yaml, and the letter has no soft hyphen", async () => {
    const { dir, profiles, profile, templates, toolsAt } = await setUp();
    const out = path.join(dir, "out");
    const result = await runCli([
      "batch",
      "--profiles",
      profiles,
      "--templates",
      templates,
      "--out",
      out,
      "--formats",
      "md",
      "--audience",
      "pupil",
      "--documents",
      "letters",
      "--jobs",
      "1",
    ]);
    expect([result.code, result.stdout]).toEqual([0, expect.stringContaining("1 geschreven")]);
    // One message, as a batch tells a message that applies at several places (by file name).
    expect(warnedAt(result.stderr)).toEqual([`${profile}:2:14`]);
    expect(result.stderr).toContain(
      `Dezelfde melding geldt ook op 1 andere plaats(en):\n    ${toolsAt}\n`,
    );
    const letter = await readFile(path.join(out, "clb-test", "toestemming-teams.md"), "utf8");
    expect(letter).toContain("CLB Zuidernaam");
    expect(letter).not.toContain(SOFT_HYPHEN);
  }, 60_000);

  it("generate: in tools.yaml as well as in the profile", async () => {
    const { dir, profile, templates, toolsAt } = await setUp();
    const result = await runCli([
      "generate",
      "--profile",
      profile,
      "--templates",
      templates,
      "--out",
      path.join(dir, "out-generate"),
      "--format",
      "md",
      "--audience",
      "pupil",
      "--documents",
      "letters",
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(warnedAt(result.stderr)).toEqual([toolsAt, `${profile}:2:14`]);
  }, 60_000);
});
