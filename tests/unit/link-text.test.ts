import { describe, expect, it } from "vitest";
import type { Document } from "../../src/core/document/document.js";
import { inlineText, linkGroups } from "../../src/core/document/document-text.js";
import { DUTCH } from "../../src/core/document/letter-words.js";
import { markdownToBlocks } from "../../src/core/document/markdown-to-blocks.js";
import { readDocx } from "../../src/core/extract/read-docx.js";
import { readPdf } from "../../src/core/extract/read-pdf.js";
import { renderDocx } from "../../src/core/render/render-docx.js";
import { renderPdf } from "../../src/core/render/render-pdf.js";
import { renderTxt } from "../../src/core/render/render-txt.js";

const markdown =
  "# Titel\n\nLees [onze privacyverklaring](https://clb.example/privacy) of mail [klachten@clb.example](mailto:klachten@clb.example).\n";
const doc: Document = {
  meta: {
    title: "Titel",
    ...DUTCH,
    pdfA: true,
    centreId: "clb-x",
    centreName: "CLB X",
    tool: "teams",
    toolName: "Microsoft Teams",
    date: "2026-11-23",
    dateText: "23 november 2026",
    version: "1",
    subject: "Onderwerp",
    keywords: [],
  },
  blocks: markdownToBlocks(markdown),
  markdown,
};

describe("a link whose text is not its address", () => {
  const expected =
    "Lees onze privacyverklaring (https://clb.example/privacy) of mail klachten@clb.example.";

  it("shows the address after the text on paper (PDF), and links it", async () => {
    const pdf = await readPdf(await renderPdf(doc));
    expect(pdf.text.replace(/\s+/g, " ")).toContain(expected);
    expect(pdf.links).toEqual(
      expect.arrayContaining(["https://clb.example/privacy", "mailto:klachten@clb.example"]),
    );
  });

  it("does the same in Word and in plain text", async () => {
    expect(readDocx(await renderDocx(doc)).text).toContain(expected);
    expect(new TextDecoder().decode(await renderTxt(doc))).toContain(expected);
  });
});

describe("the one link rule (linkGroups), which every format follows", () => {
  const run = (text: string, href?: string) => ({
    text,
    bold: false,
    italic: false,
    ...(href ? { href } : {}),
  });

  it("groups a link's runs, and names the address only where the text is not it", () => {
    const groups = linkGroups([
      run("Mail "),
      run("de ", "mailto:a@b.example"),
      run("directeur", "mailto:a@b.example"),
      run(" of "),
      run(" a@b.example ", "mailto:a@b.example"),
      run("https://x.example", "https://x.example"),
    ]);
    expect(groups.map((g) => [g.runs.length, g.href, g.address])).toEqual([
      [1, undefined, undefined],
      [2, "mailto:a@b.example", "a@b.example"],
      [1, undefined, undefined],
      [1, "mailto:a@b.example", undefined],
      [1, "https://x.example", undefined],
    ]);
  });

  it("gives the same text on paper in PDF, Word and plain text for a link written as its address", async () => {
    const markdown =
      "Zie [https://clb.example/a](https://clb.example/a) en [mail](mailto:x@clb.example).\n";
    const plain = { ...doc, blocks: markdownToBlocks(markdown), markdown };
    const expected = "Zie https://clb.example/a en mail (x@clb.example).";
    const [first] = plain.blocks;
    expect(first?.type).toBe("paragraph");
    if (first?.type === "paragraph") expect(inlineText(first.runs)).toBe(expected);
    expect(readDocx(await renderDocx(plain)).text).toContain(expected);
    expect((await readPdf(await renderPdf(plain))).text.replace(/\s+/g, " ")).toContain(expected);
  });
});
