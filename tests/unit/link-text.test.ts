import { describe, expect, it } from "vitest";
import type { Document } from "../../src/document/document.js";
import { markdownToBlocks } from "../../src/document/markdown-to-blocks.js";
import { readDocx } from "../../src/extract/read-docx.js";
import { readPdf } from "../../src/extract/read-pdf.js";
import { renderDocx } from "../../src/render/render-docx.js";
import { renderPdf } from "../../src/render/render-pdf.js";
import { renderTxt } from "../../src/render/render-txt.js";

const markdown =
  "# Titel\n\nLees [onze privacyverklaring](https://clb.example/privacy) of mail [klachten@clb.example](mailto:klachten@clb.example).\n";
const doc: Document = {
  meta: {
    title: "Titel",
    lang: "nl-BE",
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
