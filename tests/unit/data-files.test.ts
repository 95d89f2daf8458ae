import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors/user-error.js";
import { loadChecklist } from "../../src/node/io/load-checklist.js";
import { loadTools } from "../../src/node/io/load-tools.js";
import { TEMPLATES, tempDir } from "../helpers/cli.js";

async function refusal(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error("expected the file to be refused");
}

describe("tools.yaml and checklist.yaml", () => {
  it("the shipped ones load", async () => {
    // Zoom's own support pages say a meeting can be livestreamed (templates/tools.yaml).
    expect((await loadTools(path.join(TEMPLATES, "tools.yaml"))).tools.zoom?.livestream).toBe(true);
    expect(
      (await loadChecklist(path.join(TEMPLATES, "checklist.yaml"))).clauses.length,
    ).toBeGreaterThanOrEqual(16);
  });

  it("a checklist saved in Latin-1 is refused with its line and field", async () => {
    const file = path.join(await tempDir(), "checklist.yaml");
    // The comments without accents, so the first one is in a clause.
    const lines = (await readFile(path.join(TEMPLATES, "checklist.yaml"), "utf8"))
      .split("\n")
      .map((l) => (l.trimStart().startsWith("#") ? l.normalize("NFD").replace(/\p{M}/gu, "") : l));
    const line = lines.findIndex((l) => /[éëöï]/.test(l)) + 1;
    expect(line).toBeGreaterThan(0);
    const text = lines.join("\n").replace(/[\u0100-\u{10ffff}]/gu, "?");
    await writeFile(file, Buffer.from(text, "latin1"));
    const error = await refusal(loadChecklist(file));
    expect(error.key).toBe("error.notUtf8");
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ file, line, key: "error.notUtf8Here" });
    expect(error.problems[0]!.field).toMatch(/^clauses\[\d+\]\./);
  });

  it("a bad URL in tools.yaml is reported with its line and field", async () => {
    const file = path.join(await tempDir(), "tools.yaml");
    const text = await readFile(path.join(TEMPLATES, "tools.yaml"), "utf8");
    await writeFile(
      file,
      text.replace(
        "privacyUrl: https://privacy.microsoft.com",
        "privacyUrl: ftp://privacy.microsoft.com",
      ),
    );
    const error = await refusal(loadTools(file));
    expect(error.key).toBe("tools.invalid");
    expect(error.problems[0]).toMatchObject({
      field: "tools.teams.privacyUrl",
      key: "profile.urlScheme",
    });
    expect(error.problems[0]?.line).toBe(
      text.split("\n").findIndex((l) => l.includes("privacy.microsoft.com")) + 1,
    );
  });

  it("a pattern that is not a regular expression and a duplicate id are reported", async () => {
    const file = path.join(await tempDir(), "checklist.yaml");
    const text = await readFile(path.join(TEMPLATES, "checklist.yaml"), "utf8");
    await writeFile(
      file,
      text.replace('["klacht"]', '["klacht("]').replace("id: intrekken", "id: dpo"),
    );
    const error = await refusal(loadChecklist(file));
    expect(error.key).toBe("checklist.invalid");
    expect(error.problems.map((p) => p.key).sort()).toEqual([
      "checklist.badPattern",
      "checklist.duplicateId",
    ]);
  });
});
