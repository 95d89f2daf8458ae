import { describe, expect, it } from "vitest";
import {
  markdownToBlocks,
  UnsupportedMarkdownError,
} from "../../src/core/document/markdown-to-blocks.js";

describe("markdownToBlocks", () => {
  it("reads titles, paragraphs, nested lists, bold, italic and links", () => {
    const blocks = markdownToBlocks(
      "# Titel\n\nEen **vette** en *schuine* [link](https://clb.example/a).\n\n3. een\n4. twee\n   - binnen\n",
    );
    expect(blocks).toEqual([
      { type: "heading", level: 1, runs: [{ text: "Titel", bold: false, italic: false }] },
      {
        type: "paragraph",
        runs: [
          { text: "Een ", bold: false, italic: false },
          { text: "vette", bold: true, italic: false },
          { text: " en ", bold: false, italic: false },
          { text: "schuine", bold: false, italic: true },
          { text: " ", bold: false, italic: false },
          { text: "link", bold: false, italic: false, href: "https://clb.example/a" },
          { text: ".", bold: false, italic: false },
        ],
      },
      {
        type: "list",
        ordered: true,
        start: 3,
        items: [
          { blocks: [{ type: "paragraph", runs: [{ text: "een", bold: false, italic: false }] }] },
          {
            blocks: [
              { type: "paragraph", runs: [{ text: "twee", bold: false, italic: false }] },
              {
                type: "list",
                ordered: false,
                start: 1,
                items: [
                  {
                    blocks: [
                      { type: "paragraph", runs: [{ text: "binnen", bold: false, italic: false }] },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ]);
  });

  it("joins wrapped lines with one space", () => {
    const [block] = markdownToBlocks("een  \ntwee\ndrie");
    expect(block).toEqual({
      type: "paragraph",
      runs: [{ text: "een twee drie", bold: false, italic: false }],
    });
  });

  it("keeps a link's address as the centre typed it (no percent-encoding, no punycode)", () => {
    const [block] = markdownToBlocks("[privé](https://clb-çelik.example/privé?a=1&b=2)");
    expect(block?.type === "paragraph" && block.runs[0]?.href).toBe(
      "https://clb-çelik.example/privé?a=1&b=2",
    );
  });

  it("leaves a javascript: link as plain text", () => {
    const [block] = markdownToBlocks("[klik](javascript:alert(1))");
    expect(block?.type === "paragraph" && block.runs.every((r) => r.href === undefined)).toBe(true);
  });

  it.each([
    ["<div>x</div>", "html"],
    ["tekst <b>x</b>", "html"],
    ["![logo](x.png)", "image"],
    ["> citaat", "blockquote"],
    ["---", "thematicBreak"],
    ["    code", "code"],
    ["een `code`", "inlineCode"],
  ])("refuses %j as %s, with its line", (markdown, construct) => {
    const error = (() => {
      try {
        markdownToBlocks(`# Titel\n\n${markdown}\n`);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UnsupportedMarkdownError);
    expect(error).toMatchObject({ construct, line: 3 });
  });
});
