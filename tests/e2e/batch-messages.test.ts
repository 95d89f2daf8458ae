import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTRACTS_YAML, profileYaml, runCli, tempDir } from "../helpers/cli.js";

// Issue 27, point 6: a batch printed the same warning and the same refusal once per centre and
// per document. Each distinct message is printed once, with the other places it applies to; a
// centre whose message differs keeps its own.

const SOFT_HYPHEN = "\u00AD";
/** Teams' contract without `where` (or without `role`): the letters for Teams are refused. */
const teamsContractWithout = (field: "where" | "role") =>
  `contracts:\n${CONTRACTS_YAML.split("\n")
    .slice(1, 7)
    .filter((line) => !line.startsWith(`    ${field}:`))
    .join("\n")}`;

async function profiles(): Promise<{ dir: string; files: string[] }> {
  const dir = path.join(await tempDir("clb-batch-messages-"), "profielen");
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const id of ["clb-een", "clb-twee", "clb-drie"]) {
    const file = path.join(dir, `${id}.yaml`);
    await writeFile(
      file,
      profileYaml({
        id: `id: ${id}`,
        name: `name: CLB Zui${SOFT_HYPHEN}dernaam`,
        tools: "tools: [teams]",
        contracts: teamsContractWithout("where"),
      }),
    );
    files.push(file);
  }
  // A fourth centre misses another field: its message is its own.
  await writeFile(
    path.join(dir, "clb-vier.yaml"),
    profileYaml({
      id: "id: clb-vier",
      tools: "tools: [teams]",
      contracts: teamsContractWithout("role"),
    }),
  );
  return { dir, files };
}

const count = (text: string, part: string) => text.split(part).length - 1;

async function batch(dir: string, lang: string[] = []) {
  return runCli([
    ...lang,
    "batch",
    "--audience",
    "all",
    "--documents",
    "letters",
    "--formats",
    "md",
    "--profiles",
    dir,
    "--out",
    path.join(path.dirname(dir), `out${lang.join("")}`),
    "--jobs",
    "1",
  ]);
}

describe("a batch's messages", () => {
  it("prints a warning and a refusal shared by three centres once, naming the three", async () => {
    const { dir, files } = await profiles();
    const result = await batch(dir);
    expect(result.code).toBe(1);
    const err = result.stderr;
    // The soft hyphen: once, at the first centre's line, then the other two places.
    expect(count(err, "zacht afbreekstreepje")).toBe(1);
    expect(count(err, "Dezelfde melding geldt ook op 2 andere plaats(en):")).toBe(2);
    // Teams refused for three centres and two audiences: one message for the three that miss
    // `where`, one for the centre that misses `role`.
    expect(count(err, "er is geen brief voor Microsoft Teams gemaakt")).toBe(2);
    expect(count(err, "contracts.teams.where:")).toBe(1);
    expect(count(err, "contracts.teams.role:")).toBe(1);
    // Every centre is named, each at its line: the warning's and the refusal's place.
    // (profileYaml: `name` on line 2; the missing field is reported in Teams' contract, line 22.)
    for (const file of files) {
      expect(count(err, `${file}:2:14`), file).toBe(1);
      expect(count(err, `${file}:22:11`), file).toBe(1);
    }
    expect(err).toContain(`${path.join(dir, "clb-vier.yaml")}:`);
    // The summary still counts every letter not made: 4 centres x 2 audiences.
    expect(result.stdout).toContain("8 niet gemaakt");
  }, 60_000);

  it("says so in English with --lang en", async () => {
    const { dir } = await profiles();
    const result = await batch(dir, ["--lang", "en"]);
    expect(result.code).toBe(1);
    expect(count(result.stderr, "soft hyphen")).toBe(1);
    expect(count(result.stderr, "The same message also applies at 2 other place(s):")).toBe(2);
  }, 60_000);
});
