import type { Block, LetterMeta } from "../document/document.js";
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

/** The language an e-mail's text is in, which its HTML part is marked with. */
export type EmailLanguage = Pick<LetterMeta, "lang" | "dir">;

/**
 * Splits a filled-in e-mail template into subject (its first heading, level 1) and body, and
 * renders the body as plain text and as HTML. The Markdown is first parsed as the letters are,
 * so the e-mail holds only what a letter may hold.
 */
export function emailBody(
  markdown: string,
  templateFile: string,
  language: EmailLanguage,
): EmailBody {
  const { title, blocks } = titledBlocks(markdown, templateFile);
  const body = blocks.slice(1);
  const tokens = html.parse(markdown, {});
  const afterTitle = tokens.findIndex((token) => token.type === "heading_close") + 1;
  return {
    subject: title,
    text: `${body.flatMap((block) => [...textLines(block, ""), ""]).join("\n")}`,
    html: wrapHtml(html.renderer.render(tokens.slice(afterTitle), html.options, {}), language),
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

/**
 * A whole HTML document: mail programs show a fragment too, but some guess its charset. `lang`
 * and `dir` are those of the e-mail's text, so a mail program lays it out in its direction and
 * a screen reader speaks it in its language. Both come from the templates' own meta (a BCP 47
 * tag, "ltr" or "rtl"), never from a profile, and are escaped all the same.
 */
function wrapHtml(fragment: string, language: EmailLanguage): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${attribute(language.lang)}" dir="${attribute(language.dir)}">`,
    '<head><meta charset="utf-8"></head>',
    "<body>",
    fragment.trimEnd(),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function attribute(value: string): string {
  return value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}
