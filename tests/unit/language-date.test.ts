import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type Language, LanguageSchema } from "../../src/core/letter/language-schema.js";
import { languageDate } from "../../src/core/letter/language-words.js";

const LANG = path.join(import.meta.dirname, "..", "..", "templates", "lang");

async function shipped(code: string): Promise<Language> {
  const text = await readFile(path.join(LANG, code, "language.yaml"), "utf8");
  return LanguageSchema.parse(parse(text));
}

describe("languageDate: the first of a month", () => {
  it("French writes an ordinal on day 1 only: 1er septembre, 2 septembre, 11 and 21 plain", async () => {
    const fr = await shipped("fr");
    expect(languageDate(fr, "2025-09-01")).toBe("1er septembre 2025");
    expect(languageDate(fr, "2025-09-02")).toBe("2 septembre 2025");
    expect(languageDate(fr, "2025-09-11")).toBe("11 septembre 2025");
    expect(languageDate(fr, "2025-09-21")).toBe("21 septembre 2025");
    expect(languageDate(fr, "2026-12-31")).toBe("31 décembre 2026");
  });

  it("a language without `firstDay` keeps the plain 1 (Polish, Ukrainian)", async () => {
    expect(languageDate(await shipped("pl"), "2025-09-01")).toBe("1 września 2025");
    expect(languageDate(await shipped("uk"), "2025-09-01")).toMatch(/^1 вересня 2025/);
  });

  it("language.yaml refuses a `firstDay` that is not a short text", async () => {
    const fr = await shipped("fr");
    expect(LanguageSchema.safeParse({ ...fr, firstDay: "premier jour du mois" }).success).toBe(
      false,
    );
    expect(LanguageSchema.safeParse({ ...fr, firstDay: 1 }).success).toBe(false);
  });
});
