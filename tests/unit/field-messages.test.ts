import { describe, expect, it } from "vitest";
import { line, text } from "../../src/core/fields/field-types.js";

const messages = (schema: ReturnType<typeof line>, value: string) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("a one-line or free-text field", () => {
  it.each([
    ["line", line()],
    ["text", text()],
  ] as const)("%s: an empty or blank value gets one message, that it is empty", (_, schema) => {
    expect(messages(schema, "")).toEqual(["profile.empty"]);
    expect(messages(schema, "   ")).toEqual(["profile.empty"]);
    // A value of accents alone is not empty, but shows nothing.
    expect(messages(schema, "\u0301")).toEqual(["profile.nothingVisible"]);
    // Nor does a modifier letter that is an accent once decomposed (the validator could not find it).
    expect(messages(schema, "\u037a")).toEqual(["profile.nothingVisible"]);
    expect(messages(schema, "a\u037ab")).toEqual([]);
    // Nor a skin tone alone: the comparison drops it (the PDF's emoji font has none).
    expect(messages(schema, "\u{1F3FB}")).toEqual(["profile.nothingVisible"]);
  });
});
