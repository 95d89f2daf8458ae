import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeLetter } from "../../src/letter/make-letter.js";
import { PDFDocument } from "../../src/render/fast/pdfkit.js";
import { useFastPaths } from "../../src/render/fast/registry.js";
import { useFace } from "../../src/render/pdf/pdf-fonts.js";
import { renderPdf } from "../../src/render/render-pdf.js";
import { loadTemplates } from "../../src/template/load-templates.js";
import { loadTools } from "../../src/tools/load-tools.js";
import { TOOL_IDS } from "../../src/tools/tool-ids.js";
import { TEMPLATES } from "../helpers/cli.js";
import { examplesAndNames } from "../helpers/letters.js";

const templates = await loadTemplates(TEMPLATES, TOOL_IDS);
const tools = await loadTools(path.join(TEMPLATES, "tools.yaml"));

/** Names that take every path through the text code: right to left, fallback fonts, ligatures. */
const AWKWARD_NAMES = [
  "CLB مركز العربية Noord (3)",
  "CLB עברית [Zuid] 12",
  "CLB 中文 学校 かな 한국어",
  "CLB ትግርኛ Tigrinya",
  "CLB fijn fluweel ﬁne 😀🎉",
  "CLB Œuvre Łódź Ααβγ Кирилл   ruim",
];

function profiles() {
  return examplesAndNames(AWKWARD_NAMES, "awkward");
}

async function letters(): Promise<Buffer[]> {
  const made: Buffer[] = [];
  for (const loaded of await profiles())
    for (const tool of loaded.profile.tools)
      made.push(Buffer.from(await renderPdf(makeLetter(loaded, tool, { templates, tools }))));
  return made;
}

afterEach(() => useFastPaths(true));

describe("pdfkit's methods replaced by faster ones", () => {
  it("write the same bytes as pdfkit's own, for the examples and for awkward names", async () => {
    const fast = await letters();
    useFastPaths(false);
    const own = await letters();
    useFastPaths(true);
    expect(own.length).toBeGreaterThan(10);
    for (const [index, letter] of own.entries()) expect(fast[index]!.equals(letter)).toBe(true);
    // And again with the caches the first run filled: a cached word must give the same bytes.
    const again = await letters();
    for (const [index, letter] of own.entries()) expect(again[index]!.equals(letter)).toBe(true);
  });

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
