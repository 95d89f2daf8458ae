import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { type ExampleLetter, exampleLetters } from "../helpers/letters.js";
import { convertWithLibreOffice } from "./libreoffice.js";
import { runTool } from "./run-tool.js";

interface LineBox {
  readonly page: number;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  readonly text: string;
}

/** The lines of text of a PDF with their boxes, as Poppler's `pdftotext -bbox-layout` gives them. */
async function lineBoxes(pdf: string): Promise<LineBox[]> {
  const result = await runTool("pdftotext", ["-bbox-layout", "-enc", "UTF-8", pdf, "-"]);
  expect(result.code).toBe(0);
  const boxes: LineBox[] = [];
  let page = 0;
  for (const [, tag, attributes, body] of result.stdout.matchAll(
    /<(page|line)([^>]*)>([\s\S]*?)(?=<page|<line|<\/flow|<\/doc)/g,
  )) {
    if (tag === "page") {
      page += 1;
      continue;
    }
    const attribute = (name: string) =>
      Number(new RegExp(`${name}="([\\d.]+)"`).exec(attributes!)![1]);
    const words = [...body!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((m) => m[1]!);
    boxes.push({
      page,
      xMin: attribute("xMin"),
      yMin: attribute("yMin"),
      xMax: attribute("xMax"),
      yMax: attribute("yMax"),
      text: words.join(" ").replace(/&amp;/g, "&"),
    });
  }
  return boxes;
}

/** How much two line boxes overlap, as a share of the lower one's height (0: apart). */
function overlap(a: LineBox, b: LineBox): number {
  if (a.page !== b.page || a.xMax <= b.xMin || b.xMax <= a.xMin) return 0;
  const shared = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
  return Math.max(0, shared) / Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
}

describe("layout of the DOCX letters in LibreOffice", () => {
  let letters: ExampleLetter[];
  const converted = new Map<string, string>();
  beforeAll(async () => {
    const dir = await tempDir();
    letters = await exampleLetters("docx", path.join(dir, "out"));
    // Two centres write toestemming-teams.docx; each centre converts into its own folder.
    for (const id of new Set(letters.map((l) => l.loaded.profile.id))) {
      const own = letters.filter((l) => l.loaded.profile.id === id);
      const outDir = path.join(dir, "pdf", id);
      await convertWithLibreOffice(
        own.map((l) => l.file),
        "pdf",
        outDir,
      );
      for (const l of own)
        converted.set(l.file, path.join(outDir, `${path.basename(l.file, ".docx")}.pdf`));
    }
  });

  it("prints no two lines of text over each other (the title over two lines included)", async () => {
    let compared = 0;
    for (const letter of letters) {
      const boxes = await lineBoxes(converted.get(letter.file)!);
      expect(boxes.length).toBeGreaterThan(20);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          compared += 1;
          // A few hundredths: Poppler's boxes run from ascender to descender and may touch.
          expect(overlap(a, b), `${letter.file}: "${a.text}" / "${b.text}"`).toBeLessThan(0.1);
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("never splits a phone number of the profile over two lines", async () => {
    for (const letter of letters) {
      const { profile } = letter.loaded;
      const phones = [profile.phone, profile.complaint.phone, profile.dpo?.phone].filter(
        (p): p is string => p !== undefined,
      );
      const lines = (await lineBoxes(converted.get(letter.file)!)).map((b) =>
        b.text.replace(/\u00A0/g, " ").replace(/[\u2060\u200B]/g, ""),
      );
      const joined = lines.join("\n");
      for (const phone of phones) {
        const whole = joined.split(phone).length - 1;
        const anywhere = joined.replace(/\n/g, " ").split(phone).length - 1;
        expect(whole, `${phone} in ${letter.file}`).toBeGreaterThan(0);
        expect(whole, `${phone} split in ${letter.file}`).toBe(anywhere);
      }
    }
  });

  it("breaks no web address right after https:// or at a hyphen", async () => {
    for (const letter of letters) {
      for (const box of await lineBoxes(converted.get(letter.file)!)) {
        const last = box.text
          .replace(/[\u2060\u200B]/g, "")
          .split(" ")
          .at(-1)!;
        expect(last, letter.file).not.toMatch(/^\(?https?:\/\/$/);
        if (/:\/\/|www\./.test(last)) expect(last, letter.file).not.toMatch(/-$/);
      }
    }
  });
});
