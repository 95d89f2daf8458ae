import { normalizeText } from "../fields/normalize-text.js";
import { dutchSyllables } from "./dutch-syllables.js";

/**
 * A letter's text as readability sees it: headings (with their level: 1 the title, 2 a section,
 * 3 a subsection) and text blocks (a paragraph or a list item), in reading order. Made from a
 * Document, or from a letter file read back (PDF, DOCX, Markdown, text).
 */
export interface TextBlock {
  readonly heading?: 1 | 2 | 3;
  readonly text: string;
}

/** Punctuation around a word that is not part of it: quotes, brackets, commas, Markdown marks. */
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * A web or e-mail address. It is left out of the counts: the reader needs it and it cannot be
 * said shorter, so it should neither lengthen a sentence nor weigh as a long word.
 */
export function isAddress(token: string): boolean {
  const bare = token.replace(EDGES, "");
  if (/^(https?:\/\/|www\.|mailto:)/i.test(bare)) return true;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(bare)) return true;
  // debrug.clb.example/privacy: labels of two letters or more, so "o.a" and "d.w.z" are no address.
  return /^[\p{L}\p{N}-]{2,}(\.[\p{L}\p{N}-]{2,})*\.\p{L}{2,24}(\/\S*)?$/u.test(bare);
}

/** A token that counts as a word: it holds a letter or digit and is no address. */
export function isWord(token: string): boolean {
  return /[\p{L}\p{N}]/u.test(token) && !isAddress(token);
}

/** The words of a stretch of text, without addresses (see isAddress). */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(isWord);
}

/** Syllables of a stretch of text's words. */
export function syllablesOf(words: readonly string[]): number {
  return words.reduce((sum, word) => sum + dutchSyllables(word), 0);
}

/**
 * Splits one text block into sentences. A sentence ends at ".", "!" or "?" followed by a space
 * (a closing quote or bracket may come between), and at the end of the block (a list item or
 * paragraph without a full stop is one sentence too). An abbreviation from `abbreviations`
 * ("bv.", "o.a.") does not end a sentence; a full stop inside a number or address is no end
 * either, as no space follows it.
 */
export function splitSentences(text: string, abbreviations: readonly string[]): string[] {
  const known = new Set(abbreviations.map((a) => normalizeText(a)));
  const sentences: string[] = [];
  let current: string[] = [];
  for (const token of text.split(/\s+/).filter((t) => t !== "")) {
    current.push(token);
    const end = token.replace(/[)\]"'”’»*_]+$/u, "");
    const bare = normalizeText(end.replace(/^[(["'“‘«*_]+/u, ""));
    if (/[.!?]$/.test(end) && !known.has(bare)) {
      sentences.push(current.join(" "));
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current.join(" "));
  // A "sentence" of only an address or a dash is no sentence.
  return sentences.filter((sentence) => wordsOf(sentence).length > 0);
}

/** The first layer of a letter and whether its end (the second layer's heading) was found. */
export interface FirstLayer {
  readonly blocks: readonly TextBlock[];
  readonly found: boolean;
}

const headingKey = (text: string) =>
  normalizeText(text)
    .replace(/[^\p{L}\p{N} ]/gu, "")
    .trim();

/** The line under the title with the centre and the date: short, with a year in it. */
function isDateLine(block: TextBlock | undefined): boolean {
  return (
    block !== undefined &&
    block.heading === undefined &&
    /\b(19|20)\d{2}\b/.test(block.text) &&
    wordsOf(block.text).length <= 15
  );
}

/**
 * The first layer: what comes after the title (the level-1 heading and the date line under it)
 * and before the level-2 heading `endHeading` ("Meer uitleg", compared without case or accents).
 * Without that heading the whole letter after the title counts, and `found` is false.
 */
export function firstLayer(blocks: readonly TextBlock[], endHeading: string): FirstLayer {
  const title = blocks.findIndex((block) => block.heading === 1);
  let start = title < 0 ? 0 : title + 1;
  if (isDateLine(blocks[start])) start += 1;
  const key = headingKey(endHeading);
  const end = blocks.findIndex(
    (block, index) => index >= start && block.heading === 2 && headingKey(block.text) === key,
  );
  return end < 0
    ? { blocks: blocks.slice(start), found: false }
    : { blocks: blocks.slice(start, end), found: true };
}

/**
 * Blocks of a plain-text letter as clb-consent writes it (and as a person types one): blocks
 * are separated by blank lines, a line underlined with "=" is the title and one underlined with
 * "-" a section heading; a line starting with "- " or "1. " is a list item, other lines of a
 * block belong to one paragraph. A line saying only `endHeading` is the second layer's heading
 * even without an underline (a PDF read back without its structure).
 */
export function plainTextBlocks(text: string, endHeading: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const key = headingKey(endHeading);
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk.split("\n").filter((line) => line.trim() !== "");
    const underline = lines[1]?.trim();
    if (lines.length === 2 && underline && /^(=+|-+)$/.test(underline)) {
      blocks.push({ heading: underline.startsWith("=") ? 1 : 2, text: lines[0]!.trim() });
      continue;
    }
    let paragraph: string[] = [];
    const flush = () => {
      if (paragraph.length > 0) blocks.push({ text: paragraph.join(" ") });
      paragraph = [];
    };
    for (const line of lines) {
      const trimmed = line.trim();
      if (headingKey(trimmed) === key) {
        flush();
        blocks.push({ heading: 2, text: trimmed });
      } else if (/^(-|\*|•|\d+[.)])\s/.test(trimmed)) {
        flush();
        paragraph.push(trimmed.replace(/^(-|\*|•|\d+[.)])\s+/, ""));
      } else {
        // A list item's next lines are indented: they go on with it, as a paragraph's lines do.
        paragraph.push(trimmed);
      }
    }
    flush();
  }
  return blocks;
}
