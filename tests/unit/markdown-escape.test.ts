import { fromMarkdown } from "mdast-util-from-markdown";
import { toString as mdToString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import {
  escapeDeep,
  escapeMarkdown,
  unescapeMarkdown,
} from "../../src/template/markdown-escape.js";

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
  ];

  it.each(hostile)("prints %j literally after CommonMark parsing", (value) => {
    const tree = fromMarkdown(escapeMarkdown(value));
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]?.type).toBe("paragraph");
    expect(mdToString(tree)).toBe(value);
  });

  it("turns newlines into spaces so a value cannot start a block", () => {
    const tree = fromMarkdown(escapeMarkdown("een\n\n# twee"));
    expect(tree.children).toHaveLength(1);
    expect(mdToString(tree)).toBe("een # twee");
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
