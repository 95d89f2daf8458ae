import type { Block, Document, Run } from "../../src/core/document/document.js";
import { DUTCH } from "../../src/core/document/letter-words.js";

/** A run of plain text. */
export const plain = (text: string): Run => ({ text, bold: false, italic: false });

/** A letter of a made-up centre with these blocks, for tests of the renderers' layout. */
export function letterOf(blocks: readonly Block[]): Document {
  return {
    meta: {
      title: "Test",
      ...DUTCH,
      pdfA: true,
      centreId: "clb-test",
      centreName: "CLB Test",
      tool: "teams",
      toolName: "Microsoft Teams",
      date: "2026-11-23",
      dateText: "23 november 2026",
      version: "1",
      subject: "Test",
      keywords: [],
    },
    blocks,
    markdown: "",
  };
}
