import type Token from "markdown-it/lib/token.mjs";
import type { Block, ListItem, Run } from "./document.js";
import { MarkdownIt } from "./markdown-it.js";

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

/**
 * Strict CommonMark (markdown-it's "commonmark" preset: no tables, no linkify, no typographic
 * quotes). Link destinations are kept as written: the default would percent-encode them and turn
 * host names into punycode, and a letter must show the address the centre typed. markdown-it's
 * own link check still applies, so `javascript:` and `file:` links stay plain text.
 */
const parser = new MarkdownIt("commonmark");
parser.normalizeLink = (url: string) => url;
parser.normalizeLinkText = (text: string) => text;

/** Names of the constructs a letter cannot hold, as the message to the template author shows. */
const UNSUPPORTED: Record<string, string> = {
  blockquote_open: "blockquote",
  code_block: "code",
  fence: "code",
  hr: "thematicBreak",
  html_block: "html",
  html_inline: "html",
  code_inline: "inlineCode",
  image: "image",
};

/** Parses the Markdown subset of our templates with a CommonMark parser into blocks. */
export function markdownToBlocks(markdown: string): Block[] {
  const tokens = parser.parse(markdown, {});
  const cursor = { at: 0 };
  const blocks: Block[] = [];
  while (cursor.at < tokens.length) blocks.push(...block(tokens, cursor));
  return blocks;
}

function unsupported(token: Token, line?: number): never {
  throw new UnsupportedMarkdownError(
    UNSUPPORTED[token.type] ?? token.type,
    token.map ? token.map[0] + 1 : line,
  );
}

/** Reads the block that starts at `cursor.at` and moves the cursor past it. */
function block(tokens: readonly Token[], cursor: { at: number }): Block[] {
  const token = tokens[cursor.at]!;
  switch (token.type) {
    case "heading_open": {
      const inline = tokens[cursor.at + 1]!;
      cursor.at += 3; // heading_open, inline, heading_close
      const level = Math.min(Number(token.tag.slice(1)), 3) as 1 | 2 | 3;
      return [{ type: "heading", level, runs: runs(inline, token.map?.[0]) }];
    }
    case "paragraph_open": {
      const inline = tokens[cursor.at + 1]!;
      cursor.at += 3; // paragraph_open, inline, paragraph_close
      return [{ type: "paragraph", runs: runs(inline, token.map?.[0]) }];
    }
    case "bullet_list_open":
    case "ordered_list_open": {
      const close = token.type.replace("_open", "_close");
      const start = Number(token.attrGet("start") ?? 1);
      const items: ListItem[] = [];
      cursor.at += 1;
      while (tokens[cursor.at]!.type !== close) {
        // list_item_open ... list_item_close
        cursor.at += 1;
        const children: Block[] = [];
        while (tokens[cursor.at]!.type !== "list_item_close") {
          children.push(...block(tokens, cursor));
        }
        cursor.at += 1;
        items.push({ blocks: children });
      }
      cursor.at += 1;
      return [{ type: "list", ordered: token.type === "ordered_list_open", start, items }];
    }
    default:
      return unsupported(token);
  }
}

function runs(inline: Token, line: number | undefined): Run[] {
  const out: Run[] = [];
  const styles: Style[] = [{ bold: false, italic: false }];
  const style = () => styles.at(-1)!;
  for (const token of inline.children ?? []) {
    switch (token.type) {
      case "text":
        push(out, token.content, style());
        break;
      case "softbreak":
      case "hardbreak":
        push(out, " ", style());
        break;
      case "strong_open":
        styles.push({ ...style(), bold: true });
        break;
      case "em_open":
        styles.push({ ...style(), italic: true });
        break;
      case "link_open":
        styles.push({ ...style(), href: token.attrGet("href") ?? "" });
        break;
      case "strong_close":
      case "em_close":
      case "link_close":
        styles.pop();
        break;
      default:
        unsupported(token, line === undefined ? undefined : line + 1);
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
