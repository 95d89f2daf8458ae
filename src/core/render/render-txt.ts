import type { Block, Document } from "../document/document.js";
import { inlineText } from "../document/document-text.js";
import { letterWords } from "../document/letter-words.js";

/**
 * Plain text for an e-mail body: headings underlined, lists with "-" or "1.", and each link
 * followed by its address in brackets (unless the text already is the address).
 */
export async function renderTxt(doc: Document): Promise<Uint8Array> {
  const lines: string[] = [doc.meta.centreName, ""];
  for (const block of doc.blocks) lines.push(...blockLines(block, ""), "");
  lines.push(letterWords(doc.meta).versionLine(doc.meta.version, doc.meta.dateText));
  return new TextEncoder().encode(`${lines.join("\n")}\n`);
}

function blockLines(block: Block, indent: string): string[] {
  switch (block.type) {
    case "heading": {
      const text = inlineText(block.runs);
      if (block.level === 3) return [indent + text];
      return [text, (block.level === 1 ? "=" : "-").repeat([...text].length)];
    }
    case "paragraph":
      return [indent + inlineText(block.runs)];
    case "list":
      return block.items.flatMap((item, index) => {
        const marker = block.ordered ? `${block.start + index}. ` : "- ";
        const inner = item.blocks.flatMap((b) => blockLines(b, " ".repeat(marker.length)));
        const first = (inner[0] ?? "").trimStart();
        return [`${indent}${marker}${first}`, ...inner.slice(1).map((l) => indent + l)];
      });
  }
}
