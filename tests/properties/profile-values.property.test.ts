import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors/user-error.js";
import { readDocx } from "../../src/core/extract/read-docx.js";
import { readPdf } from "../../src/core/extract/read-pdf.js";
import { line } from "../../src/core/fields/field-types.js";
import { pdfFont } from "../../src/core/render/pdf/pdf-fonts.js";
import { faceRuns } from "../../src/core/render/pdf/pdf-text.js";
import { generateCentre } from "../../src/node/io/generate-centre.js";
import { loadProfile } from "../../src/node/io/load-profile.js";
import { profileYaml, tempDir } from "../helpers/cli.js";
import { strictReport } from "../helpers/letters.js";

/**
 * Random cases per property: 10 in `npm test` (the PDF properties half that), so that the suite
 * stays within its minute; `npm run test:properties` (CI, and before a change to the fields, the
 * fonts or the PDF text) runs 400. The cases every run must see are fixed examples below.
 */
const RUNS = Number(process.env.CLB_PROPERTY_RUNS ?? 10);
// A guard against a hang, not a speed limit: CI runs 400 cases (`npm run test:properties`), about
// a quarter of a second each for the first property on 2 cores, more than vitest's 60 s.
const TIMEOUT = 60_000 + RUNS * 1_000;
const nameSchema = line(200);

/** A name the schema accepts, as the profile will hold it. */
function accepted(raw: string): string | undefined {
  const parsed = nameSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

async function letterFor(dir: string, name: string, formats: ("md" | "txt" | "docx" | "pdf")[]) {
  const file = path.join(dir, "p.yaml");
  // JSON is valid YAML: any string, quoted and escaped.
  await writeFile(file, profileYaml({ name: `name: ${JSON.stringify(name)}` }));
  const out = path.join(dir, "out");
  await rm(out, { recursive: true, force: true });
  const written = await generateCentre(file, { formats, outDir: out, tools: ["praatbox"] });
  return { file, written };
}

/**
 * The PDF letter for a name made of these words (when the schema accepts it), read back: the
 * name must stand in it as typed, spaces aside (a PDF reader may add or drop them).
 */
async function pdfLetterFor(dir: string, words: readonly string[]) {
  const name = accepted(words.join(" "));
  fc.pre(name !== undefined);
  const { written } = await letterFor(dir, name!, ["pdf"]);
  const pdf = await readPdf(await readFile(written[0]!.file));
  const squash = (s: string) => s.replace(/\s+/g, "");
  expect(squash(pdf.text)).toContain(squash(`${name} wil soms met je beeldbellen via Praatbox:`));
  return { name: name!, pdf };
}

/** Characters of the scripts the PDF's fallback fonts add, one pool per script. */
function fallbackPools(): string[][] {
  const scripts: [number, number][][] = [
    [
      [0x3041, 0x3096],
      [0x30a1, 0x30fa],
    ], // kana
    [[0x4e00, 0x9fff]], // Chinese characters
    [[0xac00, 0xd7a3]], // Hangul
    [[0x1200, 0x135a]], // Ethiopic
    [[0x5d0, 0x5ea]], // Hebrew
    [
      [0x621, 0x63a],
      [0x641, 0x64a],
    ], // Arabic
    [[0x1f600, 0x1f64f]], // emoji
  ];
  const printable = (ch: string) => {
    if (ch.normalize("NFKC") !== ch || /\p{M}|\p{C}|\s/u.test(ch)) return false;
    try {
      faceRuns(ch, "regular");
      return true;
    } catch {
      return false;
    }
  };
  return scripts.map((ranges) =>
    ranges.flatMap(([from, to]) =>
      Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).filter(
        printable,
      ),
    ),
  );
}

describe("any profile value within the schema", () => {
  it(
    "prints verbatim in the text, Markdown and Word letters, and every letter passes the validator",
    async () => {
      const dir = await tempDir();
      await fc.assert(
        fc.asyncProperty(
          fc.string({ unit: "binary", minLength: 1, maxLength: 60 }),
          async (raw) => {
            const name = accepted(raw);
            fc.pre(name !== undefined);
            const { file, written } = await letterFor(dir, name!, ["txt", "md", "docx"]);
            const loaded = await loadProfile(file);
            expect(loaded.profile.name).toBe(name);
            const txt = await readFile(written.find((w) => w.format === "txt")!.file, "utf8");
            expect(txt).toContain(`${name} wil soms met je beeldbellen via`);
            expect(txt).toContain(`De medewerkers van ${name} die je`);
            const docx = readDocx(await readFile(written.find((w) => w.format === "docx")!.file));
            expect(docx.text).toContain(`${name} wil soms met je beeldbellen via`);
            expect(docx.text).toContain(`De medewerkers van ${name} die je`);
            const report = await strictReport(written, file);
            expect(
              report.targets.flatMap((t) =>
                t.clauses.filter((c) => c.status !== "ok").map((c) => c.id),
              ),
            ).toEqual([]);
            expect(report.ok).toBe(true);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "prints verbatim in the PDF for every character the letter's font has",
    async () => {
      const fonts = (["regular", "bold", "italic", "boldItalic"] as const).map(pdfFont);
      // European scripts: Latin, Greek, Cyrillic, with their punctuation. Characters the PDF
      // reader would normalise (NFKC) or that combine with the previous one are left out.
      const ranges: [number, number][] = [
        [0x20, 0x7e],
        [0xa1, 0x24f],
        [0x370, 0x3ff],
        [0x400, 0x4ff],
        [0x2010, 0x2027],
      ];
      const chars: string[] = [];
      for (const [from, to] of ranges) {
        for (let cp = from; cp <= to; cp += 1) {
          const ch = String.fromCodePoint(cp);
          if (ch.normalize("NFKC") !== ch || /\p{M}|\p{C}|\s/u.test(ch)) continue;
          if (fonts.every((font) => font.hasGlyphForCodePoint(cp))) chars.push(ch);
        }
      }
      expect(chars.length).toBeGreaterThan(500);
      const dir = await tempDir();
      const word = fc.string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength: 12 });
      await fc.assert(
        fc.asyncProperty(fc.array(word, { minLength: 1, maxLength: 4 }), async (words) => {
          const { name, pdf } = await pdfLetterFor(dir, words);
          expect(pdf.info.Author).toBe(name);
        }),
        { numRuns: Math.ceil(RUNS / 2) },
      );
    },
    TIMEOUT,
  );

  it(
    "prints verbatim, in reading order, in the PDF in the scripts the fallback fonts add",
    async () => {
      const pools = fallbackPools();
      for (const pool of pools) expect(pool.length).toBeGreaterThan(20);
      const latin = fc.string({
        unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzé"),
        minLength: 1,
        maxLength: 8,
      });
      const word = fc.oneof(
        latin,
        ...pools.map((pool) =>
          fc.string({ unit: fc.constantFrom(...pool), minLength: 1, maxLength: 8 }),
        ),
      );
      const dir = await tempDir();
      await fc.assert(
        fc.asyncProperty(fc.array(word, { minLength: 1, maxLength: 4 }), async (words) => {
          await pdfLetterFor(dir, words);
        }),
        // Every fallback font in one name, whatever the random cases pick.
        { numRuns: Math.ceil(RUNS / 2), examples: [[["Zoë", ...pools.map((pool) => pool[7]!)]]] },
      );
    },
    TIMEOUT,
  );

  it(
    "in the PDF, is printed and passes the validator, or is refused naming a character no font has",
    async () => {
      const printable = fallbackPools().flat();
      const char = fc.oneof(
        { arbitrary: fc.constantFrom(...printable), weight: 8 },
        { arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), weight: 1 },
        { arbitrary: fc.constantFrom(..."abcdefgh "), weight: 3 },
      );
      const dir = await tempDir();
      const seen = { printed: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: char, minLength: 1, maxLength: 30 }), async (raw) => {
          const name = accepted(raw);
          fc.pre(name !== undefined);
          const outcome = await letterFor(dir, name!, ["pdf"]).catch((error: unknown) => error);
          if (outcome instanceof UserError) {
            // The centre's refused PDFs in one message, the character's problem in it.
            expect(outcome.key).toBe("pdf.refused");
            const { field, key, params } = outcome.problems[0]!;
            expect(key).toBe("pdf.unprintableChar");
            expect(field).toBe("name");
            const missing = String(params?.char);
            expect(name).toContain(missing);
            expect(() => faceRuns(missing, "regular")).toThrow();
            seen.refused += 1;
            return;
          }
          if (outcome instanceof Error) throw outcome;
          const { file, written } = outcome as Awaited<ReturnType<typeof letterFor>>;
          const report = await strictReport(written, file);
          expect(report.ok).toBe(true);
          seen.printed += 1;
        }),
        // Both outcomes in every run, however few the random cases: Devanagari has no font.
        { numRuns: Math.ceil(RUNS / 2), examples: [["CLB 中文 ትግርኛ"], ["CLB नमस्ते"]] },
      );
      // Both outcomes were tried, so neither branch passes by never running.
      expect(seen.printed).toBeGreaterThan(0);
      expect(seen.refused).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});
