import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Document } from "../../src/core/document/document.js";
import { readPdf } from "../../src/core/extract/read-pdf.js";
import { renderPdf } from "../../src/core/render/render-pdf.js";
import { generateCentre } from "../../src/node/io/generate-centre.js";
import { PROFILES, profileYaml, tempDir } from "../helpers/cli.js";
import { EXAMPLE_IDS } from "../helpers/letters.js";
import { letterOf, plain } from "../helpers/test-letter.js";

/** The lines of each page as a reader extracts them, with no-break and zero-width marks plain. */
async function pageLines(data: Uint8Array): Promise<string[][]> {
  const pdf = await readPdf(data);
  return pdf.pageTexts.map((page) =>
    page
      .replace(/\u00A0/g, " ")
      .replace(/[\u2060\u200B]/g, "")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== ""),
  );
}

/** True when `value` appears only whole on a line, never wrapped over two lines. */
function neverSplit(lines: readonly string[], value: string): boolean {
  const joined = lines.join("\n");
  const whole = joined.split(value).length - 1;
  const anywhere = joined.replace(/\n/g, " ").split(value).length - 1;
  return whole >= 1 && whole === anywhere;
}

const LONG_URL =
  "https://www.centrum-voor-leerlingen-begeleiding.example/privacy-en-beeldbellen/voor-leerlingen-en-ouders?taal=nl&versie=2";
const PHONES = ["09 123 45 67", "+32 3 555 12 34", "016-22 33 44", "014/55.66.77"];

describe("PDF layout: phone numbers and web addresses", () => {
  it("never splits a phone number of the profile or breaks an address at a hyphen or after https://", async () => {
    const dir = await tempDir();
    let checked = 0;
    // Names of growing length move every value to another place on its line.
    for (let index = 0; index < 12; index += 1) {
      const phone = PHONES[index % PHONES.length]!;
      const file = path.join(dir, `p${index}.yaml`);
      await writeFile(
        file,
        profileYaml({
          id: `id: clb-layout-${index}`,
          name: `name: CLB ${"Lange Naam ".repeat(index % 6)}Regio ${index}`,
          phone: `phone: "${phone}"`,
          privacyUrl: `privacyUrl: "${LONG_URL}"`,
          complaint: `complaint:\n  contact: de directeur\n  phone: "${phone}"\n  url: "${LONG_URL}"`,
        }),
      );
      // The pupils' letters of both tools: the parents' letter and the guide break their lines
      // with the same code (and are checked for the example profiles below).
      for (const letter of await generateCentre(file, {
        formats: ["pdf"],
        outDir: path.join(dir, `out${index}`),
        audiences: ["pupil"],
        documents: ["letters"],
      })) {
        const lines = (await pageLines(await readFile(letter.file))).flat();
        expect(neverSplit(lines, phone), `${phone} in ${letter.file}`).toBe(true);
        for (const line of lines) {
          expect(line, letter.file).not.toMatch(/https?:\/\/$/);
          const last = line.split(" ").at(-1)!;
          if (/\/\/|www\.|\.example/.test(last)) expect(line, letter.file).not.toMatch(/-$/);
        }
        expect(lines.join("")).toContain(LONG_URL);
        checked += 1;
      }
    }
    expect(checked).toBe(24);
  }, 120_000);

  it("keeps the phone numbers of every example profile on one line", async () => {
    const dir = await tempDir();
    for (const id of EXAMPLE_IDS) {
      const file = path.join(PROFILES, `${id}.yaml`);
      const text = await readFile(file, "utf8");
      const phones = [...text.matchAll(/^\s*phone:\s*"?([^"\n]+)"?$/gm)].map((m) => m[1]!.trim());
      expect(phones.length).toBeGreaterThan(0);
      for (const letter of await generateCentre(file, {
        formats: ["pdf"],
        outDir: path.join(dir, id),
      })) {
        const lines = (await pageLines(await readFile(letter.file))).flat();
        const shown = phones.filter((phone) => lines.join(" ").includes(phone));
        expect(shown.length).toBeGreaterThan(0);
        for (const phone of shown) expect(neverSplit(lines, phone), `${phone}, ${id}`).toBe(true);
      }
    }
  }, 120_000);
});

/** A paragraph whose words all carry its tag, so each extracted line tells whose it is. */
function tagged(tag: string, words: number): Block {
  return { type: "paragraph", runs: [plain(Array.from({ length: words }, () => tag).join(" "))] };
}

/** Per page, how many lines each tag has there. */
async function linesPerTag(doc: Document): Promise<Map<string, number>[]> {
  const pages = await pageLines(await renderPdf(doc));
  return pages.map((lines) => {
    const count = new Map<string, number>();
    for (const line of lines) {
      const tag = /\b(t\d+[a-z]*)\b/.exec(line)?.[1];
      if (tag) count.set(tag, (count.get(tag) ?? 0) + 1);
    }
    return count;
  });
}

describe("PDF layout: page breaks", () => {
  it("leaves no single line of a paragraph alone at the top or bottom of a page", async () => {
    let split = 0;
    // A filler of growing height moves the page break through every line of the paragraphs.
    for (let filler = 0; filler < 14; filler += 1) {
      const blocks: Block[] = [{ type: "heading", level: 1, runs: [plain("Titel")] }];
      for (let i = 0; i < 34 + filler; i += 1) blocks.push(tagged(`t${i}`, 4));
      for (const words of [40, 60, 25, 90, 33, 14])
        blocks.push(tagged(`t${blocks.length}x`, words));
      const pages = await linesPerTag(letterOf(blocks));
      const total = new Map<string, number>();
      for (const page of pages)
        for (const [tag, n] of page) total.set(tag, (total.get(tag) ?? 0) + n);
      for (const [tag, n] of total) {
        const on = pages.map((page) => page.get(tag) ?? 0).filter((k) => k > 0);
        if (on.length > 1) split += 1;
        if (n <= 3) expect(on, `${tag} (filler ${filler})`).toHaveLength(1);
        for (const k of on)
          if (on.length > 1) expect(k, `${tag} (filler ${filler})`).toBeGreaterThanOrEqual(2);
      }
    }
    // The test means something only when paragraphs were split at all.
    expect(split).toBeGreaterThan(0);
  }, 120_000);

  it("keeps a heading with at least two lines of what follows", async () => {
    for (let filler = 0; filler < 10; filler += 1) {
      const blocks: Block[] = [{ type: "heading", level: 1, runs: [plain("Titel")] }];
      for (let i = 0; i < 38 + filler; i += 1) blocks.push(tagged(`t${i}`, 4));
      blocks.push({ type: "heading", level: 2, runs: [plain("Kopje tkop")] });
      blocks.push({
        type: "list",
        ordered: false,
        start: 1,
        items: [tagged("t900a", 3), tagged("t900b", 3), tagged("t900c", 3)].map((b) => ({
          blocks: [b],
        })),
      });
      const pages = await pageLines(await renderPdf(letterOf(blocks)));
      const page = pages.findIndex((lines) => lines.some((line) => line.includes("tkop")));
      const lines = pages[page]!;
      const at = lines.findIndex((line) => line.includes("tkop"));
      const after = lines.slice(at + 1).filter((line) => /t900/.test(line));
      expect(after.length, `filler ${filler}`).toBeGreaterThanOrEqual(2);
    }
  }, 120_000);

  it("keeps a paragraph that ends with a colon on the page of what it introduces", async () => {
    let moved = 0;
    // Fillers of one and of two lines put the introduction on every line near a page's end.
    for (let filler = 0; filler < 12; filler += 1) {
      const blocks: Block[] = [{ type: "heading", level: 1, runs: [plain("Titel")] }];
      for (let i = 0; i < 22 + (filler >> 1); i += 1) blocks.push(tagged(`t${i}`, 4));
      if (filler % 2) blocks.push(tagged("t800", 22));
      blocks.push({ type: "paragraph", runs: [plain("Kies een van deze manieren tintro:")] });
      blocks.push({
        type: "list",
        ordered: false,
        start: 1,
        items: [tagged("t900a", 3), tagged("t900b", 3)].map((b) => ({ blocks: [b] })),
      });
      const pages = await pageLines(await renderPdf(letterOf(blocks)));
      const page = pages.findIndex((lines) => lines.some((line) => line.includes("tintro:")));
      const lines = pages[page]!;
      const at = lines.findIndex((line) => line.includes("tintro:"));
      expect(
        lines.slice(at + 1).some((line) => /t900a/.test(line)),
        `filler ${filler}`,
      ).toBe(true);
      if (page > 0) moved += 1;
    }
    // The test means something only when the introduction went to a later page at least once.
    expect(moved).toBeGreaterThan(0);
  }, 120_000);

  it("puts the whole signature block on one page, with room above each line to fill in", async () => {
    for (let filler = 0; filler < 10; filler += 1) {
      const blocks: Block[] = [{ type: "heading", level: 1, runs: [plain("Titel")] }];
      for (let i = 0; i < 36 + filler; i += 1) blocks.push(tagged(`t${i}`, 4));
      blocks.push({ type: "heading", level: 2, runs: [plain("Voor akkoord")] });
      for (const label of ["Naam", "Datum", "Handtekening"])
        blocks.push({ type: "paragraph", runs: [plain(`${label}: ${".".repeat(40)}`)] });
      const pages = await pageLines(await renderPdf(letterOf(blocks)));
      const holding = pages.filter((lines) =>
        lines.some((line) => /Voor akkoord|Naam:|Datum:|Handtekening:/.test(line)),
      );
      expect(holding, `filler ${filler}`).toHaveLength(1);
    }
  }, 120_000);
});

describe("break rules shared by PDF and DOCX (src/core/document/break-rules.ts)", () => {
  it("allows a break in an address only after /, ? or &, not inside https://", async () => {
    const { mayBreakAfter } = await import("../../src/core/document/break-rules.js");
    const url = "https://www.vlaanderen.be/vlaamse-toezichtcommissie?a=1&b=2";
    const allowed = [...url].map((_, i) => i + 1).filter((p) => mayBreakAfter(url, p, "url"));
    expect(allowed.map((p) => url.slice(0, p).at(-1))).toEqual(["/", "?", "&", "2"]);
    expect(mayBreakAfter("09 123 45 67", 2, "phone")).toBe(false);
  });

  it("marks the profile's phone numbers with the punctuation against them, and addresses shown as links", async () => {
    const { markKeeps } = await import("../../src/core/document/break-rules.js");
    const [block] = markKeeps(
      [
        {
          type: "paragraph",
          runs: [
            plain("Bel ons (09 123 45 67), of lees "),
            { ...plain("https://clb.example/a-b"), href: "https://clb.example/a-b" },
          ],
        },
      ],
      ["09 123 45 67"],
    );
    expect(block?.type === "paragraph" ? block.runs : []).toEqual([
      plain("Bel ons "),
      { ...plain("(09 123 45 67),"), keep: "phone" },
      plain(" of lees "),
      { ...plain("https://clb.example/a-b"), href: "https://clb.example/a-b", keep: "url" },
    ]);
  });
});
