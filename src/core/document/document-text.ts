import { type Block, type Document, type Run, runsText } from "./document.js";

/** Consecutive runs with the same link (or none), and the address to print after a link. */
export interface LinkGroup {
  readonly runs: readonly Run[];
  readonly href?: string;
  /** Set when the link's text is not its address: readers on paper need the address. */
  readonly address?: string;
}

/**
 * The one rule for links on paper, used by every format: a link whose text is not its address
 * is followed by the address in brackets (an e-mail address without "mailto:").
 */
export function linkGroups(runs: readonly Run[]): LinkGroup[] {
  const groups: { runs: Run[]; href?: string }[] = [];
  for (const run of runs) {
    const last = groups.at(-1);
    if (last && last.href === run.href) last.runs.push(run);
    else groups.push(run.href === undefined ? { runs: [run] } : { runs: [run], href: run.href });
  }
  return groups.map((group) => {
    if (group.href === undefined) return group;
    const shown = group.href.replace(/^mailto:/, "");
    return runsText(group.runs).trim() === shown ? group : { ...group, address: shown };
  });
}

/** The text of some runs as a reader sees it on paper (see linkGroups). */
export function inlineText(runs: readonly Run[]): string {
  return linkGroups(runs)
    .map((group) => runsText(group.runs) + (group.address ? ` (${group.address})` : ""))
    .join("");
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
