import { type Block, runsText } from "./document.js";

/** A language and direction a paragraph has of its own (see Block, `paragraph`). */
export interface OwnLanguage {
  readonly lang: string;
  readonly dir: "ltr" | "rtl";
}

/**
 * The blocks with the first top-level paragraph whose text is `text` marked as written in
 * `own` (issue 29: the Dutch line of an Arabic letter's notice was laid out right to left, its
 * full stop on the left). Only the first: the notice is said once, under the title. A letter
 * without that paragraph is left as it is.
 */
export function markOwnLanguage(blocks: readonly Block[], text: string, own: OwnLanguage): Block[] {
  const at = blocks.findIndex(
    (block) => block.type === "paragraph" && runsText(block.runs).trim() === text,
  );
  return blocks.map((block, index) =>
    index === at && block.type === "paragraph" ? { ...block, lang: own.lang, dir: own.dir } : block,
  );
}

/** The direction a paragraph is laid out in, in a letter of direction `letterDir`. */
export function blockDir(block: Block, letterDir: "ltr" | "rtl"): "ltr" | "rtl" {
  return (block.type === "paragraph" ? block.dir : undefined) ?? letterDir;
}
