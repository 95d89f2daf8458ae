import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors/user-error.js";
import { DEFAULT_AUTHORITY } from "../../src/core/profile/profile-schema.js";
import { loadProfile, parseProfile } from "../../src/node/io/load-profile.js";
import { PROFILES, profileYaml } from "../helpers/cli.js";

async function problemsOf(yaml: string) {
  try {
    await parseProfile("centrum.yaml", yaml);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).problems;
  }
  throw new Error("expected the profile to be refused");
}

describe("example profiles", () => {
  it("all load, and there are at least four", async () => {
    const files = (await readdir(PROFILES)).filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const loaded = await loadProfile(path.join(PROFILES, file));
      expect(`${loaded.profile.id}.yaml`).toBe(file);
    }
  });

  it("the minimal one gets the default authority and age", async () => {
    const { profile } = await loadProfile(path.join(PROFILES, "clb-minimaal.yaml"));
    expect(profile.authority).toEqual(DEFAULT_AUTHORITY);
    expect(profile.ownConsentAge).toBe(12);
    expect(profile.dpo).toEqual({ email: "dpo@minimaal.clb.example" });
  });

  it("the complete one reads its logo as a PNG with its size", async () => {
    const loaded = await loadProfile(path.join(PROFILES, "clb-de-brug.yaml"));
    expect(loaded.logo?.format).toBe("png");
    expect(loaded.logo?.width).toBe(160);
    expect(loaded.logo?.height).toBe(60);
  });
});

describe("broken profiles", () => {
  it("report a missing field", async () => {
    const problems = await problemsOf(profileYaml({ privacyUrl: null }));
    expect(problems).toContainEqual(
      expect.objectContaining({ field: "privacyUrl", key: "profile.missing" }),
    );
  });

  it("report a profile without a data protection officer, saying what to add, in Dutch and English", async () => {
    const problems = await problemsOf(profileYaml({ dpo: null }));
    const problem = problems.find((p) => p.field === "dpo");
    expect(problem).toMatchObject({ key: "profile.dpoMissing", file: "centrum.yaml" });
    expect(problem!.line).toBeGreaterThanOrEqual(1);
    const { createTranslator } = await import("../../src/core/i18n/translator.js");
    expect(createTranslator("nl")(problem!.key)).toMatch(
      /functionaris voor gegevensbescherming.*“dpo:”.*“email:”/,
    );
    expect(createTranslator("en")(problem!.key)).toMatch(
      /data protection officer.*“dpo:”.*“email:”/,
    );
  });

  it("report a misspelt field with its line and a suggestion, never dropping it", async () => {
    const yaml = profileYaml({ privacyUrl: "privacyUrll: https://test.clb.example/privacy" });
    const problems = await problemsOf(yaml);
    const line = yaml.split("\n").findIndex((l) => l.startsWith("privacyUrll")) + 1;
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: "privacyUrll",
        line,
        column: 1,
        key: "profile.unknownFieldSuggest",
        params: { key: "privacyUrll", suggestion: "privacyUrl" },
      }),
    );
  });

  it("report bad URLs, schemes and e-mail addresses, all at once, each on its line", async () => {
    const yaml = profileYaml({
      website: "website: geen adres",
      privacyUrl: "privacyUrl: javascript:alert(1)",
      email: "email: info-at-clb",
    });
    const problems = await problemsOf(yaml);
    const lineOf = (start: string) => yaml.split("\n").findIndex((l) => l.startsWith(start)) + 1;
    expect(problems.map((p) => [p.field, p.key, p.line])).toEqual([
      ["email", "profile.email", lineOf("email")],
      ["website", "profile.url", lineOf("website")],
      ["privacyUrl", "profile.urlScheme", lineOf("privacyUrl")],
    ]);
  });

  it("report a YAML syntax error with its line", async () => {
    const problems = await problemsOf("id: clb-x\nname: [niet gesloten\nphone: 1\n");
    expect(problems[0]?.key).toBe("profile.yamlSyntax");
    expect(problems[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it("report a tab used for indentation", async () => {
    const problems = await problemsOf("id: clb-x\naddress:\n\tstreet: x\n");
    expect(problems).toContainEqual(expect.objectContaining({ key: "profile.yamlTab", line: 3 }));
  });

  it("refuse YAML tags and duplicate keys", async () => {
    const problems = await problemsOf("id: a\nid: b\nname: !!binary aGVsbG8=\n");
    expect(problems.map((p) => p.key)).toEqual(["profile.yamlDuplicateKey", "profile.yamlTag"]);
  });

  it("refuse a complaint contact without any channel", async () => {
    const problems = await problemsOf(
      profileYaml({ complaint: "complaint:\n  contact: de directeur" }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ field: "complaint", key: "profile.complaintChannel" }),
    );
  });

  it("refuse an id that is not a safe folder name", async () => {
    for (const id of ["../etc", "a/b", "met spatie", "CON"]) {
      const problems = await problemsOf(profileYaml({ id: `id: "${id}"` }));
      expect(problems).toContainEqual(expect.objectContaining({ field: "id", key: "profile.id" }));
    }
    // A name Windows keeps for a device says so (issue 27): the general advice would allow it.
    for (const id of ["con", "nul", "com0", "lpt9"]) {
      const problems = await problemsOf(profileYaml({ id: `id: "${id}"` }));
      expect(problems).toContainEqual(
        expect.objectContaining({ field: "id", key: "profile.idReserved" }),
      );
    }
  });

  it("refuse a file that is not a mapping", async () => {
    const problems = await problemsOf("- een\n- lijst\n");
    expect(problems[0]?.key).toBe("profile.notAMapping");
  });
});
