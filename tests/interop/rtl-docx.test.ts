import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PAGE_LAYOUT } from "../../src/core/render/page-layout.js";
import { renderDocx } from "../../src/core/render/render-docx.js";
import { tempDir } from "../helpers/cli.js";
import { arabicLetter } from "../helpers/rtl-letter.js";
import { convertWithLibreOffice } from "./libreoffice.js";
import { type LineBox, lineBoxes } from "./poppler-boxes.js";

// Issue 29 part 4: the Arabic test letter's DOCX as LibreOffice lays it out (converted to PDF,
// read back with Poppler's boxes).

const PAGE_WIDTH = 595.28;
const RIGHT = PAGE_WIDTH - PAGE_LAYOUT.margins.right;
const LEFT = PAGE_LAYOUT.margins.left;

let lines: LineBox[];

beforeAll(async () => {
  const dir = await tempDir("clb-rtl-docx-");
  const docx = path.join(dir, "letter-ar.docx");
  await writeFile(docx, await renderDocx(await arabicLetter()));
  await convertWithLibreOffice([docx], "pdf", path.join(dir, "pdf"));
  lines = await lineBoxes(path.join(dir, "pdf", "letter-ar.pdf"));
}, 300_000);

/** Lines of the body: below the header's band, above the footer. */
const body = () => lines.filter((l) => l.yMin > 70 && l.yMax < l.pageHeight - 60);

describe("a right-to-left letter's DOCX in LibreOffice", () => {
  it("has no two lines over each other", () => {
    const all = body();
    expect(all.length).toBeGreaterThan(20);
    for (const [i, a] of all.entries()) {
      for (const b of all.slice(i + 1)) {
        if (a.page !== b.page || a.xMax <= b.xMin || b.xMax <= a.xMin) continue;
        const shared = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        expect(shared, `${a.text} / ${b.text}`).toBeLessThan(1);
      }
    }
  });

  it("right-aligns its paragraphs: right edges at the right margin, left edges ragged", () => {
    const all = body();
    const listRight = RIGHT - 18;
    // A list item's text ends at the list's indent, its bullet nearer the margin.
    for (const line of all) {
      const right = line.words.filter((w) => w.text !== "•").at(-1)?.xMax ?? line.xMax;
      const atMargin = Math.abs(right - RIGHT) < 3 || Math.abs(right - listRight) < 3;
      expect(atMargin, `${line.text}: right edge ${right}`).toBe(true);
      expect(line.xMin, line.text).toBeGreaterThan(LEFT - 2);
    }
    expect(all.filter((l) => l.xMin > LEFT + 100).length).toBeGreaterThanOrEqual(8);
  });

  it("mirrors the footer: page number on the left, version on the right", () => {
    const footer = lines.filter((l) => l.page === 1 && l.yMin > l.pageHeight - 60);
    const words = footer.flatMap((l) => l.words);
    expect(words.length, JSON.stringify(lines.slice(-3))).toBeGreaterThan(3);
    expect(Math.abs(Math.min(...words.map((w) => w.xMin)) - LEFT)).toBeLessThan(3);
    expect(Math.abs(Math.max(...words.map((w) => w.xMax)) - RIGHT)).toBeLessThan(3);
    // "صفحة" (page) is drawn in the left half, reversed as Poppler gives drawn Arabic.
    const page = words.find((w) => w.text === "ةحفص");
    expect(page, footer.map((l) => l.text).join(" / ")).toBeDefined();
    expect(page!.xMax).toBeLessThan(PAGE_WIDTH / 2);
  });
});
