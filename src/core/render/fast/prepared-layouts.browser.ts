import type { PreparedWord } from "./prepared-words.js";

/**
 * The page lays out every word itself: the words prepared at build time are a file of the
 * Node bundle (the twin of prepared-layouts.node.ts).
 */
export function preparedWords(
  _face: string,
  _fontBytes: Uint8Array,
): readonly PreparedWord[] | undefined {
  return undefined;
}
