import type { Block, Document, Run } from "./document.js";

/**
 * The text of some runs as a reader sees it on paper: a link whose text is not its address is
 * followed by the address in brackets (the PDF and DOCX renderers print it the same way).
 */
export function inlineText(runs: readonly Run[]): string {
  let out = "";
  let label = "";
  runs.forEach((run, index) => {
    out += run.text;
    if (run.href === undefined) return;
    label += run.text;
    if (runs[index + 1]?.href === run.href) return;
    const shown = run.href.replace(/^mailto:/, "");
    if (label.trim() !== shown) out += ` (${shown})`;
    label = "";
  });
  return out;
}

function blockText(block: Block): string[] {
  switch (block.type) {
    case "heading":
    case "paragraph":
      return [inlineText(block.runs)];
    case "list":
      return block.items.flatMap((item) => item.blocks.flatMap(blockText));
  }
}

/** The whole letter as plain text, one block per line: what the checklist reads. */
export function documentText(doc: Pick<Document, "blocks">): string {
  return doc.blocks.flatMap(blockText).join("\n");
}

/** Links with no address or no text: a template slip that a reader cannot follow. */
export function emptyLinks(doc: Document): number {
  let count = 0;
  const visit = (block: Block): void => {
    if (block.type === "list") {
      for (const item of block.items) item.blocks.forEach(visit);
      return;
    }
    for (const run of block.runs)
      if (run.href !== undefined && (run.href.trim() === "" || run.text.trim() === "")) count += 1;
  };
  doc.blocks.forEach(visit);
  return count;
}
