/**
 * A word as fontkit laid it out, in a form JSON keeps exactly: the word, its glyphs (id, advance
 * width in font units, the characters it stands for), each glyph's position as pdfkit scaled it
 * (x and y advance, x and y offset, advance width) and the word's advance width.
 */
export type PreparedWord = [
  word: string,
  glyphs: [id: number, advanceWidth: number, codePoints: number[]][],
  positions: [
    xAdvance: number,
    yAdvance: number,
    xOffset: number,
    yOffset: number,
    advanceWidth: number,
  ][],
  advanceWidth: number,
];

/** The file the build writes (see prepared-layouts.node.ts). */
export interface PreparedLayouts {
  readonly fontkit: string;
  readonly pdfkit: string;
  /** By face ("regular", "bold", ...): the sha-256 of the font file and its words. */
  readonly faces: Record<string, { readonly font: string; readonly words: PreparedWord[] }>;
}
