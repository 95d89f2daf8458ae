import type { Document } from "../core/document/document.js";
import { FALLBACK_FACES, type FallbackFace, pdfFont } from "../core/render/pdf/pdf-fonts.js";
import { isFontGiven } from "./fonts-from-page.js";

/*
 * Rendering is synchronous, so a fallback font (Noto for Arabic, Ethiopic, Chinese, Korean,
 * emoji: up to 10 MB each) must be given before the PDF that needs it. A character DejaVu has
 * needs none; for one it lacks, the renderer tries the fallbacks in order (pdf/pdf-text.ts), so
 * each is needed until one has it. The page loads what this names and asks again.
 */

const FALLBACKS = Object.keys(FALLBACK_FACES) as FallbackFace[];

/** The characters of a document's text (its logo's bytes left out). */
function charactersOf(doc: Document): Set<string> {
  const { logo: _logo, ...meta } = doc.meta;
  return new Set(JSON.stringify([meta, doc.blocks]));
}

/** The next font file the PDF of these documents needs that the page has not given, if any. */
export function fontsNeeded(docs: readonly Document[]): string | undefined {
  const regular = pdfFont("regular");
  for (const doc of docs) {
    for (const char of charactersOf(doc)) {
      const code = char.codePointAt(0) ?? 0;
      if (regular.hasGlyphForCodePoint(code)) continue;
      for (const face of FALLBACKS) {
        const file = FALLBACK_FACES[face];
        if (!isFontGiven(file)) return file;
        if (pdfFont(face).hasGlyphForCodePoint(code)) break;
      }
    }
  }
  return undefined;
}
