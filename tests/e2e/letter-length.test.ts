import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPdf } from "../../src/core/extract/read-pdf.js";
import { generateCentre } from "../../src/node/io/generate-centre.js";
import { PROFILES, tempDir } from "../helpers/cli.js";
import { editedTemplates } from "../helpers/edit-templates.js";

// Issue 26: the two-layer letter grew to ~2,000 words and 6 pages, longer than the letter before
// the split. The second layer holds what article 13 asks, without saying the first layer again.
// 1,400 words: the readers' corrections of the first layer (who decides before the question, the
// parents' access from 12, an address to hand the letter in) added 30-60 words to it.
const MAX_WORDS = 1400;
const MAX_PAGES = 4;
/** A letter with a signature block may have one page more: that block alone, to sign and return. */
const SIGNATURE_PAGE = /^\s*(\S+( \S+)*\s+)?Voor akkoord\b/;
// Shorter "sentences" are labels ("Liever niet?"), which may stand in both layers.
const MIN_REPEAT_WORDS = 3;
const SECOND_LAYER = /^Meer uitleg$/m;

/** The text to read: without the signature block, a form to fill in (its own page). */
function readText(txt: string): string {
  const form = txt.search(/^Voor akkoord$/m);
  return form < 0 ? txt : txt.slice(0, form);
}

/** Words as `wc -w` counts them: anything between whitespace. */
function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== "").length;
}

/** The sentences of the first layer (of a letter's text) that the second layer repeats verbatim. */
function repeatedSentences(text: string): string[] {
  const start = text.search(SECOND_LAYER);
  if (start < 0) return ["(no second layer)"];
  const flat = (s: string) => s.replace(/\s+/g, " ");
  const second = flat(text.slice(start));
  return flat(text.slice(0, start))
    .split(/(?<=[.?!:])\s+/)
    .map((s) => s.replace(/^- /, "").trim())
    .filter((s) => words(s) >= MIN_REPEAT_WORDS && second.includes(s));
}

interface Letter {
  readonly file: string;
  readonly txt: string;
  readonly md: string;
  readonly pages: number;
  /** Pages of the letter itself: a last page with only the signature block not counted. */
  readonly letterPages: number;
}

/** Every letter of every example profile (all tools, both audiences), as text, Markdown and PDF. */
async function exampleLetters(templatesDir?: string): Promise<Letter[]> {
  const out = path.join(await tempDir("clb-length-"), "out");
  const profiles = (await readdir(PROFILES)).filter((f) => f.endsWith(".yaml")).sort();
  const letters: Letter[] = [];
  for (const profile of profiles) {
    const written = await generateCentre(path.join(PROFILES, profile), {
      formats: ["txt", "md", "pdf"],
      outDir: out,
      audiences: ["pupil", "parents"],
      ...(templatesDir ? { templatesDir } : {}),
    });
    for (const w of written.filter((x) => x.file.endsWith(".txt"))) {
      const base = w.file.slice(0, -".txt".length);
      const pdf = await readPdf(await readFile(`${base}.pdf`));
      letters.push({
        file: path.relative(out, w.file),
        txt: await readFile(w.file, "utf8"),
        md: await readFile(`${base}.md`, "utf8"),
        pages: pdf.pages,
        letterPages:
          pdf.pages > 1 && SIGNATURE_PAGE.test(pdf.pageTexts.at(-1) ?? "")
            ? pdf.pages - 1
            : pdf.pages,
      });
    }
  }
  return letters;
}

const shipped = await exampleLetters();

describe("every shipped letter (every example profile, tool and audience)", () => {
  it("is made: both audiences of each tool of each example profile", async () => {
    const profiles = (await readdir(PROFILES)).filter((f) => f.endsWith(".yaml"));
    expect(shipped.length).toBeGreaterThanOrEqual(2 * profiles.length);
    expect(shipped.filter((l) => l.file.endsWith("-ouders.txt")).length).toBe(shipped.length / 2);
  });

  it(`has at most ${MAX_WORDS} words in its text and ${MAX_PAGES} pages in its PDF (and a signature page)`, () => {
    const over = shipped
      .filter((l) => words(readText(l.txt)) > MAX_WORDS || l.letterPages > MAX_PAGES)
      .map((l) => `${l.file}: ${words(readText(l.txt))} words, ${l.letterPages} pages`);
    expect(over).toEqual([]);
  });

  it("repeats no sentence of the first layer word for word in the second", () => {
    const repeats = shipped.flatMap((l) => repeatedSentences(l.txt).map((s) => `${l.file}: ${s}`));
    expect(repeats).toEqual([]);
  });

  it("has no doubled blank line in its Markdown (the vendor's sentence of the first layer ended in one)", () => {
    const doubled = shipped.filter((l) => l.md.includes("\n\n\n")).map((l) => l.file);
    expect(doubled).toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("count words as wc -w does and find a repeated sentence, not a shared label", () => {
    expect(words("  Eén twee\n- drie  ")).toBe(4);
    const letter = [
      "Liever niet? Dat is goed. Bel ons op 016 12 34 56.",
      "Meer uitleg",
      "Liever niet? Zo gaat het. Bel ons op 016 12 34 56.",
    ].join("\n");
    expect(repeatedSentences(letter)).toEqual(["Bel ons op 016 12 34 56."]);
  });

  it("a partial made wordy, or a first-layer sentence said again, fails them", async () => {
    const again = "Dan praten we met je kind aan de telefoon, op school of in het CLB.";
    const padding = Array.from({ length: 60 }, () => "Dit is een zin die niets zegt.").join(" ");
    const dir = await editedTemplates([
      {
        file: "partials/tips.md.hbs",
        remove: /^\{\{#if letter\.parents\}\}\n/m,
        with: `{{#if letter.parents}}\n${again}\n\n${padding}\n\n`,
      },
    ]);
    const letters = await exampleLetters(dir);
    const parents = letters.filter((l) => l.file.endsWith("-ouders.txt"));
    expect(parents.length).toBeGreaterThan(0);
    for (const l of parents) {
      expect(words(l.txt), l.file).toBeGreaterThan(MAX_WORDS);
      expect(repeatedSentences(l.txt), l.file).toContain(again);
    }
  });
});
