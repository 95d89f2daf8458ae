import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { LAYOUT } from "../../src/core/render/pdf/pdf-layout.js";
import { renderPdf } from "../../src/core/render/render-pdf.js";
import { tempDir } from "../helpers/cli.js";
import { shippedTranslation } from "../helpers/shipped-translation.js";
import { type LineBox, lineBoxes } from "./poppler-boxes.js";
import { preflight } from "./preflight.js";

// Issue 29: the Dutch line of the notice under an Arabic letter's title is Dutch, left to right:
// from the left margin, its words in reading order, its full stop after "geldt" (it was laid out
// right to left, its full stop on the left). The shipped Arabic translation of a real letter.

const LEFT = LAYOUT.margins.left;
const RIGHT = 595.28 - LAYOUT.margins.right;

let file: string;
let lines: LineBox[];

beforeAll(async () => {
  file = path.join(await tempDir("clb-rtl-notice-"), "toestemming-teams-ar.pdf");
  await writeFile(file, await renderPdf(await shippedTranslation("ar")));
  lines = await lineBoxes(file);
});

describe("the Dutch notice line of an Arabic letter's PDF", () => {
  it("starts at the left margin, reads left to right and ends with its full stop", () => {
    const notice = lines.filter((l) => l.page === 1 && l.text.includes("Vertaling"));
    expect(notice, lines.map((l) => l.text).join("\n")).toHaveLength(1);
    const line = notice[0]!;
    const words = line.words.filter((w) => w.text.trim() !== "").map((w) => w.text);
    expect(words.join(" ")).toMatch(
      /^Vertaling ter informatie\. Alleen de Nederlandse brief van \d+ \S+ \d{4} geldt\.$/,
    );
    const xs = line.words.map((w) => w.xMin);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(Math.abs(line.xMin - LEFT), `left edge ${line.xMin}`).toBeLessThan(1);
    // Ragged on the right: it does not reach the right margin, as an Arabic line does.
    expect(line.xMax).toBeLessThan(RIGHT - 10);
  });

  it("leaves the Arabic notice above it right-aligned", () => {
    const arabic = lines.find(
      (l) =>
        l.page === 1 &&
        l.text.includes("2026") &&
        !l.text.includes("Vertaling") &&
        /[\u0600-\u06ff]/.test(l.text),
    );
    expect(arabic).toBeDefined();
    expect(Math.abs(arabic!.xMax - RIGHT)).toBeLessThan(1);
  });

  it("is still valid PDF/A-1b with the paragraph's own /Lang", async () => {
    const verdict = await preflight(file);
    expect(verdict.valid, verdict.messages).toBe(true);
  }, 120_000);
});
