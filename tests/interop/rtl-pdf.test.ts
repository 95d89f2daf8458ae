import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Document } from "../../src/core/document/document.js";
import { documentText } from "../../src/core/document/document-text.js";
import { LAYOUT } from "../../src/core/render/pdf/pdf-layout.js";
import { renderPdf } from "../../src/core/render/render-pdf.js";
import { tempDir } from "../helpers/cli.js";
import { ARABIC_LETTER_PHONE, arabicLetter } from "../helpers/rtl-letter.js";
import { bareText, type LineBox, lineBoxes } from "./poppler-boxes.js";
import { preflight } from "./preflight.js";
import { runTool } from "./run-tool.js";

// Issue 29 part 4: a right-to-left letter (the Arabic test letter, tests/fixtures/rtl/) in the
// PDF, as Poppler reads it and PDFBox Preflight judges it.

const PAGE_WIDTH = 595.28;
const RIGHT = PAGE_WIDTH - LAYOUT.margins.right;
const LEFT = LAYOUT.margins.left;

let doc: Document;
let file: string;
let bytes: Uint8Array;
let lines: LineBox[];

/** Lines between the running header's rule and the footer. */
const bodyLines = () =>
  lines.filter(
    (l) => l.yMin > LAYOUT.header.ruleY && l.yMax < l.pageHeight - LAYOUT.footer.fromBottom - 2,
  );

beforeAll(async () => {
  doc = await arabicLetter();
  bytes = await renderPdf(doc);
  file = path.join(await tempDir("clb-rtl-pdf-"), "letter-ar.pdf");
  await writeFile(file, bytes);
  lines = await lineBoxes(file);
});

describe("a right-to-left letter's PDF", () => {
  it("reads back, with pdftotext, in the order it was written", async () => {
    const result = await runTool("pdftotext", ["-enc", "UTF-8", file, "-"]);
    expect(result.code, result.stderr).toBe(0);
    const read = bareText(result.stdout);
    // Every heading, paragraph and list item, in the letter's order (between them: the running
    // header and footer of a page).
    let from = 0;
    const blocks = documentText(doc).split("\n");
    expect(blocks.length).toBeGreaterThan(15);
    for (const block of blocks) {
      const at = read.indexOf(bareText(block), from);
      expect(at, `not read back after position ${from}: ${block}`).toBeGreaterThanOrEqual(from);
      from = at + bareText(block).length;
    }
  });

  it("starts every line at the right margin and leaves the left ragged", () => {
    const body = bodyLines();
    expect(body.length).toBeGreaterThan(20);
    const listRight = RIGHT - LAYOUT.list.indent;
    for (const line of body) {
      expect(line.xMin, line.text).toBeGreaterThan(LEFT - 1);
      // The text's right edge: the margin, or the list's indent (a list item's marker, on the
      // right of it, is a word of its own line or of the item's first line).
      const right = line.words.filter((w) => w.text !== "•").at(-1)?.xMax ?? line.xMax;
      const atMargin = Math.abs(right - RIGHT) < 1 || Math.abs(right - listRight) < 1;
      expect(atMargin, `${line.text}: right edge ${right}`).toBe(true);
    }
    // Short lines (headings, "مرحباً،") end far from the left margin.
    expect(body.filter((l) => l.xMin > LEFT + 100).length).toBeGreaterThanOrEqual(8);
  });

  it("puts list bullets on the right of their items", () => {
    const bullets = bodyLines().flatMap((l) => l.words.filter((w) => w.text === "•"));
    expect(bullets.length).toBe(3);
    for (const bullet of bullets) {
      expect(bullet.xMax).toBeGreaterThan(RIGHT - LAYOUT.list.indent);
      expect(bullet.xMax).toBeLessThanOrEqual(RIGHT + 0.5);
    }
  });

  it("keeps a phone number, web and e-mail addresses and a decimal left to right inside the Arabic", () => {
    const body = bodyLines();
    const phone = ARABIC_LETTER_PHONE.split(" ");
    const phoneLine = body.find((l) => phone.every((part) => l.words.some((w) => w.text === part)));
    expect(phoneLine, "the phone number on one line").toBeDefined();
    const xs = phone.map((part) => phoneLine!.words.find((w) => w.text === part)!.xMin);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const word of ["info@clb-test.be", "2.5", "https://www.clb-test.be/privacy?taal=ar"]) {
      expect(
        body.some((l) => l.words.some((w) => w.text === word)),
        word,
      ).toBe(true);
    }
  });

  it("mirrors the running header and footer: name and version right, page number left", () => {
    const pageOne = lines.filter((l) => l.page === 1);
    const header = pageOne.find((l) => l.yMax < LAYOUT.header.ruleY)!;
    expect(header.text).toContain("CLB");
    expect(Math.abs(header.xMax - RIGHT)).toBeLessThan(1);
    expect(header.xMin).toBeGreaterThan(LEFT + 100);
    const footer = pageOne.filter((l) => l.yMin > l.pageHeight - LAYOUT.footer.fromBottom - 2);
    const words = footer.flatMap((l) => l.words);
    // "صفحة 1 من 2" drawn from the left: Poppler gives its words in drawing order.
    const page = words.find((w) => w.text === "ةحفص")!;
    expect(page, footer.map((l) => l.text).join(" / ")).toBeDefined();
    const leftmost = Math.min(...words.map((w) => w.xMin));
    expect(Math.abs(leftmost - LEFT)).toBeLessThan(1);
    expect(page.xMin).toBeLessThan(PAGE_WIDTH / 2);
    const rightmost = Math.max(...words.map((w) => w.xMax));
    expect(Math.abs(rightmost - RIGHT)).toBeLessThan(1);
  });

  it("declares the letter's language and is valid PDF/A-1b", async () => {
    expect(Buffer.from(bytes).toString("latin1")).toContain("/Lang (ar)");
    const verdict = await preflight(file);
    expect(verdict.valid, verdict.messages).toBe(true);
  }, 120_000);
});
