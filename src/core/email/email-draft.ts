import type { Block } from "../document/document.js";
import { inlineText } from "../document/document-text.js";
import { MarkdownIt } from "../document/markdown-it.js";
import { titledBlocks } from "../document/titled-blocks.js";

/** What an e-mail says, apart from its headers and attachment. */
export interface EmailBody {
  /** The template's first heading. */
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The body's blocks: what `validate` checks. */
  readonly blocks: readonly Block[];
}

// The same strict CommonMark as the letters, raw HTML refused: values were escaped for Markdown,
// and markdown-it escapes every character that means something in HTML.
const html = new MarkdownIt("commonmark", { html: false });
html.normalizeLink = (url: string) => url;
html.normalizeLinkText = (text: string) => text;

/**
 * Splits a filled-in e-mail template into subject (its first heading, level 1) and body, and
 * renders the body as plain text and as HTML. The Markdown is first parsed as the letters are,
 * so the e-mail holds only what a letter may hold.
 */
export function emailBody(markdown: string, templateFile: string): EmailBody {
  const { title, blocks } = titledBlocks(markdown, templateFile);
  const body = blocks.slice(1);
  const tokens = html.parse(markdown, {});
  const afterTitle = tokens.findIndex((token) => token.type === "heading_close") + 1;
  return {
    subject: title,
    text: `${body.flatMap((block) => [...textLines(block, ""), ""]).join("\n")}`,
    html: wrapHtml(html.renderer.render(tokens.slice(afterTitle), html.options, {})),
    blocks: body,
  };
}

function textLines(block: Block, indent: string): string[] {
  switch (block.type) {
    case "heading":
    case "paragraph":
      return [indent + inlineText(block.runs)];
    case "list":
      return block.items.flatMap((item, index) => {
        const marker = block.ordered ? `${block.start + index}. ` : "- ";
        const inner = item.blocks.flatMap((b) => textLines(b, " ".repeat(marker.length)));
        const head = (inner[0] ?? "").trimStart();
        return [`${indent}${marker}${head}`, ...inner.slice(1).map((l) => indent + l)];
      });
  }
}

/** A whole HTML document: mail programs show a fragment too, but some guess its charset. */
function wrapHtml(fragment: string): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="nl-BE">',
    '<head><meta charset="utf-8"></head>',
    "<body>",
    fragment.trimEnd(),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
