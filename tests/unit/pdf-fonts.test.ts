import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { fontkit } from "../../src/core/render/fast/fontkit.js";
import { useFastPaths } from "../../src/core/render/fast/registry.js";
import {
  FALLBACK_FACES,
  FONT_FACES,
  type FontFace,
  pdfFont,
} from "../../src/core/render/pdf/pdf-fonts.js";

const require = createRequire(import.meta.url);
const FILES: Record<FontFace, string> = { ...FONT_FACES, ...FALLBACK_FACES };
const HEADER = [
  "version",
  "italicAngle",
  "underlinePosition",
  "underlineThickness",
  "isFixedPitch",
  "minMemType42",
  "maxMemType42",
  "minMemType1",
  "maxMemType1",
] as const;

type Post = Record<string, unknown>;

/** The post table as fontkit itself decodes it: its _getTable is replaced while fast paths are on. */
function fontkitsOwnPost(file: string): Post {
  useFastPaths(false);
  try {
    const font = fontkit.create(readFileSync(require.resolve(file))) as unknown as { post: Post };
    return { ...font.post };
  } finally {
    useFastPaths(true);
  }
}

describe("the fonts of a PDF letter", () => {
  it.each(["regular", "bold", "italic", "boldItalic", "arabic"] as const)(
    "%s: the post table header read directly equals fontkit's own decoding",
    (face) => {
      const ours = (pdfFont(face) as unknown as { post: Post }).post;
      const theirs = fontkitsOwnPost(FILES[face]);
      for (const field of HEADER) expect([field, ours[field]]).toEqual([field, theirs[field]]);
    },
  );

  it("still gives the rest of the post table (the glyph names), from fontkit, when asked", () => {
    const ours = (pdfFont("regular") as unknown as { post: Post }).post;
    const theirs = fontkitsOwnPost(FILES.regular);
    expect(ours.names).toEqual(theirs.names);
    expect((ours.names as unknown[]).length).toBeGreaterThan(1000);
  });

  it("gives a glyph the characters of the text that shows it, not those it was first shown for", () => {
    // Bold: no other test in this file lays text out in it, so the ligature is new to the font.
    const font = pdfFont("bold");
    const codePoints = (text: string) =>
      font.layout(text).glyphs.map((glyph) => [glyph.id, glyph.codePoints] as const);
    // "fi" is drawn with one glyph; "ﬁ" typed as one character is the same glyph.
    const [formed] = codePoints("fijn");
    const [typed] = codePoints("ﬁjn");
    expect(typed![0]).toBe(formed![0]);
    expect(formed![1]).toEqual([0x66, 0x69]);
    expect(typed![1]).toEqual([0xfb01]);
    expect(font.glyphForCodePoint(0xfb01).codePoints).toEqual([0xfb01]);
    expect(codePoints("fijn")[0]![1]).toEqual([0x66, 0x69]);
  });
});
