import { afterEach, describe, expect, it } from "vitest";
import { PDFDocument } from "../../src/core/render/fast/pdfkit.js";
import { useFastPaths } from "../../src/core/render/fast/registry.js";
import { useFace } from "../../src/core/render/pdf/pdf-fonts.js";

afterEach(() => useFastPaths(true));

describe("pdfkit's methods replaced by faster ones", () => {
  // Whole letters, fast paths on and off: tests/unit/fast-paths-identical.test.ts.
  it("lay a line out as pdfkit does: spaces, tabs, at the end, only spaces, nothing", () => {
    const pdf = new PDFDocument({ font: null as unknown as string });
    useFace(pdf, "regular");
    const font = (pdf as unknown as { _font: Layout })._font;
    const lines = ["", " ", "   ", "a", "een twee", "een  twee ", "\ttab\tin", "eind ", "ﬁ fl æ"];
    for (const line of lines) {
      const fast = { layout: font.layout(line), width: font.layout(line, undefined, true) };
      useFastPaths(false);
      const own = { layout: font.layout(line), width: font.layout(line, undefined, true) };
      useFastPaths(true);
      expect([line, fast]).toEqual([line, own]);
    }
  });

  it("are in use (so the comparison above compares two different ways)", () => {
    const prototype = PDFDocument.prototype as unknown as { _write: unknown };
    const fast = prototype._write;
    useFastPaths(false);
    expect(prototype._write).not.toBe(fast);
    useFastPaths(true);
    expect(prototype._write).toBe(fast);
  });
});

interface Layout {
  layout(text: string, features?: unknown, onlyWidth?: boolean): unknown;
}
