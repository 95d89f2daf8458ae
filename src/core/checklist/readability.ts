import { normalizeText } from "../fields/normalize-text.js";
import type { Readability as ReadabilityRules } from "./checklist-schema.js";
import {
  firstLayer,
  splitSentences,
  syllablesOf,
  type TextBlock,
  wordsOf,
} from "./readability-text.js";

/** Whom a letter speaks to; the parents' letter has its own reading-ease threshold. */
export type ReadabilityAudience = "pupil" | "parents";

/** The first layer's figures, rounded as they are reported (and compared). */
export interface ReadabilityFigures {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  /** Average words per sentence, one decimal. */
  readonly wordsPerSentence: number;
  /** Share of sentences over `longSentenceWords` words, in per cent, one decimal. */
  readonly longSentencePercent: number;
  /** Flesch-Douma reading ease, one decimal; absent when the first layer has no words. */
  readonly readingEase?: number;
}

/** The thresholds that applied to this letter. */
export interface ReadabilityLimits {
  readonly maxWords: number;
  readonly minReadingEase: number;
  readonly maxWordsPerSentence: number;
  readonly longSentenceWords: number;
  readonly maxLongSentencePercent: number;
}

/** Something to improve; each is a warning, a failure with --strict. */
export type ReadabilityFinding =
  | { readonly kind: "tooManyWords" }
  | { readonly kind: "readingEaseLow" }
  | { readonly kind: "sentencesTooLong" }
  | { readonly kind: "tooManyLongSentences" }
  | {
      readonly kind: "hedging";
      /** The hedging words of one sentence, as they stand (lower case, no accents). */
      readonly words: readonly string[];
      readonly sentence: string;
    }
  | { readonly kind: "secondLayerMissing" }
  | { readonly kind: "firstLayerEmpty" };

export interface ReadabilityResult {
  readonly audience: ReadabilityAudience;
  /** "first" when the second layer's heading was found, else the whole letter was measured. */
  readonly measured: "firstLayer" | "wholeLetter";
  /** The heading that ends the first layer ("Meer uitleg"), for the messages. */
  readonly endHeading: string;
  readonly figures: ReadabilityFigures;
  readonly limits: ReadabilityLimits;
  readonly findings: readonly ReadabilityFinding[];
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** Flesch-Douma: base - a x syllables per 100 words - b x words per sentence. */
export function fleschDouma(
  formula: ReadabilityRules["formula"],
  words: number,
  sentences: number,
  syllables: number,
): number {
  return (
    formula.base -
    formula.syllablesPer100Words * ((syllables / words) * 100) -
    formula.wordsPerSentence * (words / sentences)
  );
}

/**
 * Measures a letter's first layer (see firstLayer) against the checklist's readability rules:
 * words, words per sentence, share of long sentences, Flesch-Douma reading ease, and the
 * hedging words it uses, each with its sentence. Headings are not sentences and not counted.
 */
/**
 * The blocks with the centre's own names (its name, street, contact person) read as one short
 * word: the measure is of the template's words, and a centre with a long legal name must not
 * fail a letter whose sentences are short.
 */
function withoutNames(blocks: readonly TextBlock[], names: readonly string[]): TextBlock[] {
  const long = [...new Set(names)].filter((n) => n.length > 3).sort((a, b) => b.length - a.length);
  if (long.length === 0) return [...blocks];
  return blocks.map((block) => ({
    ...block,
    text: long.reduce((text, name) => text.split(name).join("CLB"), block.text),
  }));
}

export function measureReadability(
  blocks: readonly TextBlock[],
  rules: ReadabilityRules,
  audience: ReadabilityAudience,
  names: readonly string[] = [],
): ReadabilityResult {
  const layer = firstLayer(withoutNames(blocks, names), rules.firstLayerEnd);
  const sentences = layer.blocks
    .filter((block) => block.heading === undefined)
    .flatMap((block) => splitSentences(block.text, rules.abbreviations));
  const lengths = sentences.map((sentence) => wordsOf(sentence).length);
  const words = lengths.reduce((sum, n) => sum + n, 0);
  const syllables = syllablesOf(sentences.flatMap(wordsOf));
  const limits: ReadabilityLimits = {
    maxWords: rules.maxWords,
    minReadingEase: rules.minReadingEase[audience],
    maxWordsPerSentence: rules.maxWordsPerSentence,
    longSentenceWords: rules.longSentenceWords,
    maxLongSentencePercent: rules.maxLongSentencePercent,
  };
  const long = lengths.filter((n) => n > rules.longSentenceWords).length;
  const figures: ReadabilityFigures = {
    words,
    sentences: sentences.length,
    syllables,
    wordsPerSentence: sentences.length > 0 ? oneDecimal(words / sentences.length) : 0,
    longSentencePercent: sentences.length > 0 ? oneDecimal((long / sentences.length) * 100) : 0,
    ...(words > 0
      ? { readingEase: oneDecimal(fleschDouma(rules.formula, words, sentences.length, syllables)) }
      : {}),
  };

  const findings: ReadabilityFinding[] = [];
  if (!layer.found) findings.push({ kind: "secondLayerMissing" });
  if (words === 0) findings.push({ kind: "firstLayerEmpty" });
  if (figures.words > limits.maxWords) findings.push({ kind: "tooManyWords" });
  if (figures.readingEase !== undefined && figures.readingEase < limits.minReadingEase)
    findings.push({ kind: "readingEaseLow" });
  if (figures.wordsPerSentence > limits.maxWordsPerSentence)
    findings.push({ kind: "sentencesTooLong" });
  if (figures.longSentencePercent > limits.maxLongSentencePercent)
    findings.push({ kind: "tooManyLongSentences" });
  const hedging = new Set(rules.hedgingWords.map((word) => normalizeText(word)));
  // One finding per sentence, naming each hedging word in it once.
  for (const sentence of sentences) {
    const found = new Set(
      wordsOf(sentence)
        .map((word) => normalizeText(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
        .filter((word) => hedging.has(word)),
    );
    if (found.size > 0) findings.push({ kind: "hedging", words: [...found], sentence });
  }
  return {
    audience,
    measured: layer.found ? "firstLayer" : "wholeLetter",
    endHeading: rules.firstLayerEnd,
    figures,
    limits,
    findings,
  };
}

/** A letter file's audience, from its title: the parents' letter says "voor ouders". */
export function audienceFromTitle(title: string): ReadabilityAudience {
  return /\bvoor (de )?ouders\b/.test(normalizeText(title)) ? "parents" : "pupil";
}
