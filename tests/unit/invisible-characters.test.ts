import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Problem, UserError } from "../../src/core/errors/user-error.js";
import { createTranslator } from "../../src/core/i18n/translator.js";
import { formatUserError } from "../../src/node/cli/format-error.js";
import { parseProfile } from "../../src/node/io/load-profile.js";
import { loadTools } from "../../src/node/io/load-tools.js";
import { profileYaml, TEMPLATES, tempDir } from "../helpers/cli.js";

async function refusal(yaml: string): Promise<UserError> {
  try {
    await parseProfile("centrum.yaml", yaml);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error("expected the profile to be refused");
}

// Written out by hand, as a reader checks them against a Unicode table: not taken from the code.
const REFUSED: readonly [string, string, string][] = [
  ["\u200B", "ZERO WIDTH SPACE", "U+200B"],
  ["\u2060", "WORD JOINER", "U+2060"],
  ["\uFEFF", "BYTE ORDER MARK", "U+FEFF"],
  ["\u202A", "LEFT-TO-RIGHT EMBEDDING", "U+202A"],
  ["\u202B", "RIGHT-TO-LEFT EMBEDDING", "U+202B"],
  ["\u202C", "POP DIRECTIONAL FORMATTING", "U+202C"],
  ["\u202D", "LEFT-TO-RIGHT OVERRIDE", "U+202D"],
  ["\u202E", "RIGHT-TO-LEFT OVERRIDE", "U+202E"],
  ["\u2066", "LEFT-TO-RIGHT ISOLATE", "U+2066"],
  ["\u2067", "RIGHT-TO-LEFT ISOLATE", "U+2067"],
  ["\u2068", "FIRST STRONG ISOLATE", "U+2068"],
  ["\u2069", "POP DIRECTIONAL ISOLATE", "U+2069"],
  ["\u200E", "LEFT-TO-RIGHT MARK", "U+200E"],
  ["\u200F", "RIGHT-TO-LEFT MARK", "U+200F"],
  ["\u061C", "ARABIC LETTER MARK", "U+061C"],
];

const INVISIBLE = new Set(["U+200B", "U+2060", "U+FEFF"]);

describe("invisible and direction characters typed into a profile", () => {
  it.each(REFUSED)(
    "%j is refused at its own line and column, with its name",
    async (char, name, code) => {
      // "name: CLB " is 10 characters: the character is the 11th of line 2.
      const error = await refusal(profileYaml({ name: `name: CLB ${char}Noord` }));
      expect(error.key).toBe("profile.invalid");
      expect(error.problems).toEqual([
        {
          file: "centrum.yaml",
          line: 2,
          column: 11,
          field: "name",
          key: INVISIBLE.has(code) ? "profile.invisibleChar" : "profile.directionChar",
          params: { name, code },
        },
      ]);
    },
  );

  it("is refused in a nested field, in a key and in a comment too", async () => {
    const yaml = profileYaml({
      complaint: `complaint:\n  contact: de \u202Edirecteur\n  email: klacht@test.clb.example`,
      letterDate: `letterDate: "2026-11-23" # gelezen\u200B`,
      signature: "sig\u2066nature: true",
    });
    const error = await refusal(yaml);
    const lineOf = (text: string) => yaml.split("\n").findIndex((l) => l.includes(text)) + 1;
    expect(error.problems.map((p) => [p.line, p.field, p.params?.code])).toEqual([
      [lineOf("contact: de"), "complaint.contact", "U+202E"],
      // A comment belongs to no field.
      [lineOf("# gelezen"), undefined, "U+200B"],
      [lineOf("nature: true"), "sig\u2066nature", "U+2066"],
    ]);
  });

  it("written as a YAML escape, is refused in the field with its name", async () => {
    const error = await refusal(profileYaml({ name: 'name: "CLB \\u202ENoord"' }));
    expect(error.problems).toEqual([
      expect.objectContaining({
        line: 2,
        field: "name",
        key: "profile.directionChar",
        params: expect.objectContaining({ name: "RIGHT-TO-LEFT OVERRIDE", code: "U+202E" }),
      }),
    ]);
  });

  it("in a web address, is refused too", async () => {
    const error = await refusal(
      profileYaml({ privacyUrl: 'privacyUrl: "https://test.clb.example/\\u200Bprivacy"' }),
    );
    expect(error.problems).toEqual([
      expect.objectContaining({ field: "privacyUrl", key: "profile.invisibleChar" }),
    ]);
  });

  it("a byte order mark at the very start is no problem", async () => {
    const loaded = await parseProfile("centrum.yaml", `\uFEFF${profileYaml()}`);
    expect(loaded.profile.name).toBe("CLB Test");
  });

  it("says in Dutch and in English what it is and what to do", async () => {
    const error = await refusal(profileYaml({ name: "name: CLB \u202ENoord" }));
    const nl = formatUserError(createTranslator("nl"), error);
    expect(nl).toContain("centrum.yaml:2:11  name: Hier staat een onzichtbaar richtingsteken");
    expect(nl).toContain("RIGHT-TO-LEFT OVERRIDE (U+202E)");
    expect(nl).toContain("Typ de tekst op deze plaats opnieuw, zonder dat teken");
    const en = formatUserError(createTranslator("en"), error);
    expect(en).toContain("invisible direction character, RIGHT-TO-LEFT OVERRIDE (U+202E)");
    expect(en).toContain("Type the text at this place again, without that character");
  });
});

describe("characters that belong to correct text", () => {
  it("keeps zero width non-joiners and joiners: Persian, Devanagari, emoji", async () => {
    // "می‌خواهم" (Persian, with a non-joiner), "क्‍ष" (Devanagari, with a joiner), a family emoji.
    const name = "CLB می\u200Cخواهم क्\u200Dष 👨\u200D👩\u200D👧";
    const loaded = await parseProfile("centrum.yaml", profileYaml({ name: `name: ${name}` }));
    expect(loaded.profile.name).toBe(name);
  });

  it("keeps Arabic and Hebrew names, mixed with Latin and digits, as typed", async () => {
    const name = "CLB مركز 12 Noord / מרכז 3";
    const loaded = await parseProfile("centrum.yaml", profileYaml({ name: `name: ${name}` }));
    expect(loaded.profile.name).toBe(name);
  });
});

describe("the soft hyphen", () => {
  it("is taken out of the value, with a warning naming the file and line", async () => {
    const loaded = await parseProfile(
      "centrum.yaml",
      profileYaml({ name: "name: CLB Noord\u00ADoost", phone: "phone: 02 123\u00AD 45 67" }),
    );
    expect(loaded.profile.name).toBe("CLB Noordoost");
    expect(loaded.profile.phone).toBe("02 123 45 67");
    expect(loaded.warnings).toEqual([
      { file: "centrum.yaml", line: 2, column: 16, key: "profile.softHyphenRemoved" },
      { file: "centrum.yaml", line: 7, column: 14, key: "profile.softHyphenRemoved" },
    ]);
  });

  it("gives no warning for a profile without one", async () => {
    const loaded = await parseProfile("centrum.yaml", profileYaml());
    expect(loaded.warnings).toBeUndefined();
  });
});

describe("the same rule in tools.yaml", () => {
  it("refuses a direction character in a tool's name at its line and column", async () => {
    const { readFile } = await import("node:fs/promises");
    const shipped = await readFile(path.join(TEMPLATES, "tools.yaml"), "utf8");
    const at = shipped.indexOf("name: Microsoft Teams");
    expect(at).toBeGreaterThan(0);
    const edited = `${shipped.slice(0, at)}name: Microsoft \u202ETeams${shipped.slice(at + 21)}`;
    const file = path.join(await tempDir(), "tools.yaml");
    await writeFile(file, edited);
    const line = shipped.slice(0, at).split("\n").length;
    const column = at - shipped.lastIndexOf("\n", at - 1) + "name: Microsoft ".length;
    let problems: readonly Problem[] = [];
    try {
      await loadTools(file);
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      problems = (error as UserError).problems;
    }
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        line,
        column,
        key: "profile.directionChar",
        params: { name: "RIGHT-TO-LEFT OVERRIDE", code: "U+202E" },
      }),
    ]);
  });
});
