import type { Block, Document } from "../document/document.js";
import { inlineText } from "../document/document-text.js";
import type { TextBlock } from "./readability-text.js";

function textBlocks(block: Block): TextBlock[] {
  switch (block.type) {
    case "heading":
      return [{ heading: block.level, text: inlineText(block.runs) }];
    case "paragraph":
      return [{ text: inlineText(block.runs) }];
    case "list":
      // Each paragraph of a list item is a block of its own: its end ends a sentence.
      return block.items.flatMap((item) => item.blocks.flatMap(textBlocks));
  }
}

/** A Document's blocks as readability reads them (see TextBlock), links with their address. */
export function documentTextBlocks(doc: Pick<Document, "blocks">): TextBlock[] {
  return doc.blocks.flatMap(textBlocks);
}
