import type { Nodes, PhrasingContent, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import type { Block, ListItem, Run } from "./document.js";

/** A Markdown construct a letter cannot hold (a table, an image, raw HTML...). */
export class UnsupportedMarkdownError extends Error {
  constructor(
    readonly construct: string,
    readonly line: number | undefined,
  ) {
    super(`unsupported Markdown: ${construct}`);
    this.name = "UnsupportedMarkdownError";
  }
}

interface Style {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly href?: string;
}

/** Parses the Markdown subset of our templates with a CommonMark parser into blocks. */
export function markdownToBlocks(markdown: string): Block[] {
  const root = fromMarkdown(markdown);
  return root.children.flatMap((node) => block(node));
}

function unsupported(node: Nodes): never {
  throw new UnsupportedMarkdownError(node.type, node.position?.start.line);
}

function block(node: RootContent): Block[] {
  switch (node.type) {
    case "heading":
      return [
        { type: "heading", level: Math.min(node.depth, 3) as 1 | 2 | 3, runs: runs(node.children) },
      ];
    case "paragraph":
      return [{ type: "paragraph", runs: runs(node.children) }];
    case "list": {
      const items: ListItem[] = node.children.map((item) => ({
        blocks: item.children.flatMap((child) => block(child)),
      }));
      return [{ type: "list", ordered: node.ordered === true, start: node.start ?? 1, items }];
    }
    case "definition":
      return [];
    default:
      return unsupported(node);
  }
}

function runs(
  nodes: readonly PhrasingContent[],
  style: Style = { bold: false, italic: false },
): Run[] {
  const out: Run[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        push(out, node.value.replace(/[ \t]*\r?\n[ \t]*/g, " "), style);
        break;
      case "break":
        push(out, " ", style);
        break;
      case "strong":
        out.push(...runs(node.children, { ...style, bold: true }));
        break;
      case "emphasis":
        out.push(...runs(node.children, { ...style, italic: true }));
        break;
      case "link":
        out.push(...runs(node.children, { ...style, href: node.url }));
        break;
      default:
        unsupported(node);
    }
  }
  return out;
}

/** Adds text, merging with the previous run when the style is the same. */
function push(out: Run[], text: string, style: Style): void {
  if (text === "") return;
  const last = out.at(-1);
  if (
    last &&
    last.bold === style.bold &&
    last.italic === style.italic &&
    last.href === style.href
  ) {
    out[out.length - 1] = { ...last, text: last.text + text };
    return;
  }
  out.push(
    style.href === undefined
      ? { text, bold: style.bold, italic: style.italic }
      : { text, ...style },
  );
}
