import { type Block, runsText } from "./document.js";

/**
 * The heading that starts a letter's second layer. templates/checklist.yaml names the same
 * heading (`readability.firstLayerEnd`) as the end of what it measures; a test keeps the two
 * equal.
 */
export const SECOND_LAYER_HEADING = "Meer uitleg";

/**
 * The blocks with the second layer's heading (level 2, `SECOND_LAYER_HEADING`) starting a new
 * page, so that page 1 on paper holds the first layer and nothing of the second (issue 26:
 * readers took the second layer's first lines at the bottom of page 1 for part of the
 * question). Only the first such heading; a letter without one is left as it is.
 */
export function breakBeforeSecondLayer(
  blocks: readonly Block[],
  /** A translation's heading (its language.yaml `firstLayerEnd`); default the Dutch one. */
  heading: string = SECOND_LAYER_HEADING,
): Block[] {
  const at = blocks.findIndex(
    (block) =>
      block.type === "heading" && block.level === 2 && runsText(block.runs).trim() === heading,
  );
  if (at < 0) return [...blocks];
  return blocks.map((block, index) =>
    index === at && block.type === "heading" ? { ...block, newPage: true } : block,
  );
}

/** The blocks of a letter's first layer: those before its second layer's page (none: all). */
export function firstLayerBlocks(blocks: readonly Block[]): readonly Block[] {
  const at = blocks.findIndex((block) => block.type === "heading" && block.newPage);
  return at < 0 ? blocks : blocks.slice(0, at);
}
