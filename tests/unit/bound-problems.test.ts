import { describe, expect, it } from "vitest";
import { unknownKeysProfile } from "../../scripts/unknown-keys-profile.js";
import { type Problem, UserError } from "../../src/core/errors/user-error.js";
import { createTranslator } from "../../src/core/i18n/translator.js";
import { boundProblems } from "../../src/core/yaml/bound-problems.js";
import { formatUserError } from "../../src/node/cli/format-error.js";
import { parseProfile } from "../../src/node/io/load-profile.js";
import { profileYaml } from "../helpers/cli.js";

async function refusal(yaml: string): Promise<UserError> {
  try {
    await parseProfile("veel.yaml", yaml);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error("expected the profile to be refused");
}

// The first line after a profile made by profileYaml().
const AFTER_PROFILE = profileYaml().split("\n").length;

describe("a profile with 20,000 unknown keys", () => {
  const text = unknownKeysProfile(20_000);
  // The example profile's own lines come first: the unknown keys start on the next line.
  const firstKeyLine = text.split("\n").findIndex((line) => line === "x0: 1") + 1;

  it("shows five of them with file and line, then one line with the count of the rest", async () => {
    const error = await refusal(text);
    expect(error.params.count).toBe(20_000);
    expect(error.problems).toHaveLength(6);
    expect(error.problems.slice(0, 5).map((p) => [p.file, p.line, p.column, p.field])).toEqual([
      ["veel.yaml", firstKeyLine, 1, "x0"],
      ["veel.yaml", firstKeyLine + 1, 1, "x1"],
      ["veel.yaml", firstKeyLine + 2, 1, "x2"],
      ["veel.yaml", firstKeyLine + 3, 1, "x3"],
      ["veel.yaml", firstKeyLine + 4, 1, "x4"],
    ]);
    expect(error.problems[5]).toEqual({
      file: "veel.yaml",
      key: "problems.moreUnknownFields",
      params: { count: 19_995 },
    });
    const nl = formatUserError(createTranslator("nl"), error).split("\n");
    expect(nl).toHaveLength(7);
    expect(nl[0]).toContain("bevat 20000 fout(en)");
    expect(nl[1]).toBe(
      `  veel.yaml:${firstKeyLine}:1  x0: Het veld “x0” bestaat niet. Bedoel je “id”?`,
    );
    expect(nl[6]).toBe("  veel.yaml  en nog 19.995 onbekende velden");
    const en = formatUserError(createTranslator("en"), error).split("\n");
    expect(en[6]).toBe("  veel.yaml  and 19,995 more unknown fields");
  });

  it("the same for 20,000 duplicate keys: the parser's own check is not used", async () => {
    const dupes = `${profileYaml()}${"name: CLB Test\n".repeat(20_000)}`;
    const error = await refusal(dupes);
    expect(error.params.count).toBe(20_000);
    expect(error.problems).toHaveLength(6);
    expect(error.problems[0]).toMatchObject({
      line: AFTER_PROFILE,
      key: "profile.yamlDuplicateKey",
    });
    expect(error.problems[5]).toMatchObject({
      key: "problems.moreOfKind",
      params: { count: 19_995 },
    });
  });
});

describe("duplicate keys", () => {
  it("are reported at the second one, by name", async () => {
    const error = await refusal(`${profileYaml()}name: Tweede naam\n`);
    expect(error.problems).toEqual([
      {
        file: "veel.yaml",
        line: AFTER_PROFILE,
        column: 1,
        key: "profile.yamlDuplicateKey",
        params: { key: "name" },
      },
    ]);
  });

  it("differ when one is a number and the other text, as YAML has them", async () => {
    // Not a duplicate for YAML; as JavaScript data both are the one unknown field "1".
    const error = await refusal(`${profileYaml()}1: a\n"1": b\n`);
    expect(error.problems.map((p) => p.key)).not.toContain("profile.yamlDuplicateKey");
    expect(error.problems).toHaveLength(1);
  });
});

describe("boundProblems", () => {
  const problem = (key: Problem["key"], line: number): Problem => ({ file: "f.yaml", line, key });

  it("keeps every problem of a kind that has five or fewer, in order", () => {
    const few = [1, 2, 3, 4, 5].map((line) => problem("profile.missing", line));
    expect(boundProblems(few)).toEqual(few);
  });

  it("counts unknown fields with and without a suggestion as one kind, and leaves other kinds", () => {
    const problems = [
      problem("profile.unknownField", 1),
      problem("profile.unknownFieldSuggest", 2),
      problem("profile.missing", 3),
      problem("profile.unknownField", 4),
      problem("profile.unknownFieldSuggest", 5),
      problem("profile.unknownField", 6),
      problem("profile.unknownField", 7),
      problem("profile.unknownField", 8),
    ];
    expect(boundProblems(problems).map((p) => [p.line, p.key, p.params?.count])).toEqual([
      [1, "profile.unknownField", undefined],
      [2, "profile.unknownFieldSuggest", undefined],
      [3, "profile.missing", undefined],
      [4, "profile.unknownField", undefined],
      [5, "profile.unknownFieldSuggest", undefined],
      [6, "profile.unknownField", undefined],
      [undefined, "problems.moreUnknownFields", 2],
    ]);
  });
});
