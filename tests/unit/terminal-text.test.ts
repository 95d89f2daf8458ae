import { describe, expect, it } from "vitest";
import { terminalText } from "../../src/node/cli/terminal-text.js";

describe("terminalText", () => {
  it("shows escape, bell, carriage return, DEL and C1 controls as their code points", () => {
    expect(terminalText("a\u001b[31mb\u0007c\rd\u007fe\u009bf")).toBe(
      "a<U+001B>[31mb<U+0007>c<U+000D>d<U+007F>e<U+009B>f",
    );
  });

  it("shows direction controls, which would reverse the rest of the line", () => {
    expect(terminalText("CLB \u202Eoord\u2066N\u2069 \u200F\u061C")).toBe(
      "CLB <U+202E>oord<U+2066>N<U+2069> <U+200F><U+061C>",
    );
  });

  it("keeps line breaks, tabs and every letter, Arabic and Hebrew included", () => {
    const text = "Fout: x\n  p.yaml:2:7\tname: CLB مركز 12 / מרכז “één” 👨‍👩‍👧";
    expect(terminalText(text)).toBe(text);
  });
});
