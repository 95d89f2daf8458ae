import { describe, expect, it } from "vitest";
import type { Block } from "../../src/core/document/document.js";
import { runsText } from "../../src/core/document/document.js";
import { markdownToBlocks } from "../../src/core/document/markdown-to-blocks.js";
import {
  escapeDeep,
  escapeMarkdown,
  unescapeMarkdown,
} from "../../src/core/template/markdown-escape.js";

/** The text of a single plain paragraph, or a description of what was parsed instead. */
function onlyParagraphText(blocks: Block[]): string {
  const [first] = blocks;
  if (blocks.length !== 1 || first?.type !== "paragraph") return JSON.stringify(blocks);
  expect(first.runs.every((run) => !run.bold && !run.italic && run.href === undefined)).toBe(true);
  return runsText(first.runs);
}

describe("escapeMarkdown", () => {
  const hostile = [
    "CLB *Noord* [x](https://evil.example) {{name}}",
    "# kop",
    "1. geen lijst",
    "- geen lijst",
    "<b>html</b> &amp; &#65;",
    "`code` _nadruk_ __vet__ ~~weg~~",
    "a\\*b \\ c",
    "![beeld](x.png)",
    "[ref]: https://x.example",
    "https://auto.example <https://auto.example>",
    "+ geen lijst",
    "> geen citaat",
    "---",
    "===",
    "## kop #",
    "1) geen lijst",
    "_nadruk_ maar a_b_c niet",
    "*",
    "\\*a*",
  ];

  it.each(hostile)("prints %j literally after CommonMark parsing", (value) => {
    expect(onlyParagraphText(markdownToBlocks(escapeMarkdown(value)))).toBe(value);
  });

  // The Markdown letter is pasted into e-mails: ordinary punctuation must stay as it is.
  const ordinary = [
    "We bewaren het dossier zolang de regels voor CLB-dossiers voorschrijven; daarna (na 5 jaar) vernietigen we het.",
    "+32 3 555 12 34",
    "09/123.45.67",
    "ayse_celik@wereldwijd.clb.example",
    "CLB Zoë & Łucja – Çelik-Wiśniewski",
    "https://wereldwijd.clb.example/privacy?taal=nl&versie=2#deel-1",
    "Ayşe Çelik, vertrouwenspersoon!",
    "C# en #1 en 100% {geen} ~tilde~",
  ];

  it.each(ordinary)(
    "leaves %j without a single backslash, and it still prints literally",
    (value) => {
      expect(escapeMarkdown(value)).toBe(value);
      expect(onlyParagraphText(markdownToBlocks(escapeMarkdown(value)))).toBe(value);
    },
  );

  it("turns newlines into spaces so a value cannot start a block", () => {
    expect(onlyParagraphText(markdownToBlocks(escapeMarkdown("een\n\n# twee")))).toBe("een # twee");
  });

  it("is undone by unescapeMarkdown", () => {
    for (const value of hostile) expect(unescapeMarkdown(escapeMarkdown(value))).toBe(value);
  });

  it("escapes every string in a tree and leaves numbers and booleans", () => {
    expect(escapeDeep({ a: "*x*", b: [1, "_y_"], c: true, d: { e: "[z]" } })).toEqual({
      a: "\\*x\\*",
      b: [1, "\\_y\\_"],
      c: true,
      d: { e: "\\[z\\]" },
    });
  });
});
