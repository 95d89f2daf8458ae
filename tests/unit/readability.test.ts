import path from "node:path";
import { describe, expect, it } from "vitest";
import { ChecklistSchema } from "../../src/core/checklist/checklist-schema.js";
import { dutchSyllables } from "../../src/core/checklist/dutch-syllables.js";
import { fleschDouma, measureReadability } from "../../src/core/checklist/readability.js";
import { firstLayer, splitSentences } from "../../src/core/checklist/readability-text.js";
import { loadChecklist } from "../../src/node/io/load-checklist.js";
import { ROOT, runCli, TEMPLATES } from "../helpers/cli.js";

const FIXTURES = path.join(ROOT, "tests", "fixtures", "readability");

// Counted by hand, syllable by syllable (the split is in the comment).
const HAND_COUNTED: [string, number][] = [
  ["beeldbellen", 3], // beeld-bel-len
  ["geïnformeerde", 5], // ge-ïn-for-meer-de
  ["beëindigen", 4], // be-ëin-di-gen: ë starts the syllable "ein", as in "einde"
  ["leerlingenbegeleiding", 7], // leer-lin-gen-be-ge-lei-ding
  ["privacyverklaring", 6], // pri-va-cy-ver-kla-ring
  ["toestemming", 3],
  ["medewerker", 4],
  ["nieuwe", 2], // nieu-we
  ["eeuwig", 2],
  ["koeien", 2], // koe-ien
  ["mooie", 2], // mooi-e
  ["uitleg", 2],
  ["gegevens", 3],
  ["vertrouwelijk", 4],
  ["akkoord", 2],
  ["ideeën", 3], // i-dee-ën
  ["coöperatie", 5], // co-ö-pe-ra-tie
  ["reünie", 3],
  ["naïef", 2],
  ["bureau", 2],
  ["informatie", 4],
  ["situatie", 4], // si-tu-a-tie
  ["Europese", 4],
  ["verwerkersovereenkomst", 7], // ver-wer-kers-o-ver-een-komst
  ["persoonsgegevens", 5],
  ["smartphone", 2],
  ["beveiligd", 3],
  ["vrijwillig", 3], // ij is one vowel
  ["ruimte", 2],
  ["dossier", 2],
  ["video", 3], // vi-de-o
  ["knieën", 2],
  ["leerlingendossier", 5],
  ["duidelijk", 3],
  ["zeeën", 2],
  ["CLB", 3], // see-el-bee
  ["CLB-dossier", 5],
  ["12", 1], // twaalf
  ["2018", 5], // twee-dui-zend-acht-tien
  ["27", 5], // ze-ven-en-twin-tig
];

const RULES = ChecklistSchema.shape.readability.unwrap().parse({
  formula: { base: 206.84, syllablesPer100Words: 0.77, wordsPerSentence: 0.93 },
  firstLayerEnd: "Meer uitleg",
  maxWords: 350,
  minReadingEase: { pupil: 70, parents: 65 },
  maxWordsPerSentence: 13,
  longSentenceWords: 20,
  maxLongSentencePercent: 10,
  hedgingWords: ["kan", "mogelijk"],
  abbreviations: ["bv.", "o.a."],
});

describe("Dutch syllables", () => {
  it.each(HAND_COUNTED)("%s has %i syllables", (word, count) => {
    expect(dutchSyllables(word)).toBe(count);
  });
});

describe("sentences", () => {
  it("end at . ! ? but not after bv. or o.a., nor inside a number or address", () => {
    expect(
      splitSentences(
        "Bel bv. om 10.30 uur. Mail o.a. naar info@clb.example! Kom je? Zie www.clb.example.",
        RULES.abbreviations,
      ),
    ).toEqual([
      "Bel bv. om 10.30 uur.",
      "Mail o.a. naar info@clb.example!",
      "Kom je?",
      "Zie www.clb.example.",
    ]);
  });
  it("a block without a full stop is one sentence", () => {
    expect(splitSentences("antwoord akkoord op de e-mail", [])).toEqual([
      "antwoord akkoord op de e-mail",
    ]);
  });
});

describe("Flesch-Douma", () => {
  it("matches a short text computed by hand", () => {
    // "De kat zit op de mat. Hij slaapt." : 8 words, 2 sentences, 8 syllables.
    // 206.84 - 0.77 x (8/8 x 100) - 0.93 x (8/2) = 206.84 - 77 - 3.72 = 126.12
    const blocks = [{ text: "De kat zit op de mat. Hij slaapt." }];
    const result = measureReadability(blocks, RULES, "pupil");
    expect(result.figures).toMatchObject({ words: 8, sentences: 2, syllables: 8 });
    expect(result.figures.readingEase).toBe(126.1);
    expect(fleschDouma(RULES.formula, 8, 2, 8)).toBeCloseTo(126.12, 5);
  });
});

describe("the centre's own names", () => {
  it("count as one short word, so a long legal name does not fail a plain letter", () => {
    const name =
      "Vrij Centrum voor Leerlingenbegeleiding Interdisciplinaire Samenwerkingsverbanden";
    const blocks = [{ text: `${name} praat soms met je. Dat is fijn.` }];
    const plain = measureReadability(
      [{ text: "CLB praat soms met je. Dat is fijn." }],
      RULES,
      "pupil",
    );
    const named = measureReadability(blocks, RULES, "pupil", [name]);
    expect(named.figures).toEqual(plain.figures);
    // Without the names, the long name is measured as words of the letter.
    expect(measureReadability(blocks, RULES, "pupil").figures.syllables).toBeGreaterThan(
      plain.figures.syllables + 20,
    );
  });
});

describe("first layer", () => {
  const blocks = [
    { heading: 1 as const, text: "Beeldbellen met Teams" },
    { text: "CLB Test – 1 september 2026" },
    { text: "Eerste laag." },
    { heading: 2 as const, text: "MEER UITLEG" },
    { text: "Tweede laag." },
  ];
  it("is cut at the heading Meer uitleg (case and accents aside), without title and date line", () => {
    const layer = firstLayer(blocks, "Meer uitleg");
    expect(layer).toEqual({ blocks: [{ text: "Eerste laag." }], found: true });
  });
  it("is the whole letter with a warning when that heading is missing", () => {
    const result = measureReadability(blocks.slice(0, 3).concat(blocks.slice(4)), RULES, "pupil");
    expect(result.measured).toBe("wholeLetter");
    expect(result.figures.sentences).toBe(2);
    expect(result.findings).toContainEqual({ kind: "secondLayerMissing" });
  });
  it("names a hedging word with its sentence", () => {
    const result = measureReadability(
      [{ text: "Je kan altijd bellen. Dat is fijn." }],
      RULES,
      "pupil",
    );
    expect(result.findings).toContainEqual({
      kind: "hedging",
      words: ["kan"],
      sentence: "Je kan altijd bellen.",
    });
  });
});

describe("the shipped checklist", () => {
  it("holds the thresholds of issue 26", async () => {
    const checklist = await loadChecklist(path.join(TEMPLATES, "checklist.yaml"));
    expect(checklist.readability).toMatchObject({
      maxWords: 350,
      minReadingEase: { pupil: 70, parents: 65 },
      maxWordsPerSentence: 13,
      firstLayerEnd: "Meer uitleg",
    });
  });
});

describe("validate's gate", () => {
  const wordy = path.join(FIXTURES, "wordy-teams.md");
  it("a wordy letter warns without --strict and fails with it, naming the figure", async () => {
    const loose = await runCli(["validate", wordy]);
    expect(loose.stdout).toMatch(/Flesch-Douma -?[\d,]+ is lager dan 65/);
    expect(loose.stdout).toMatch(/gemiddeld 3[\d,]* woorden per zin, meer dan 13/);
    expect(loose.stdout).toContain("vaag woord “eventueel”");
    const strict = await runCli(["validate", "--strict", wordy]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain("✗ Flesch-Douma");
    // A loose letter misses clauses too (exit 1 either way): the readability lines are marked
    // a warning without --strict, a failure with it.
    expect(loose.stdout).toContain("    ! Flesch-Douma");
    expect(loose.stdout).not.toContain("✗ Flesch-Douma");
  });
  it("a short, plain first layer passes the readability thresholds, --json carries numbers", async () => {
    const result = await runCli(["validate", "--json", path.join(FIXTURES, "short-teams.md")]);
    const report = JSON.parse(result.stdout);
    const readability = report.targets[0].readability;
    expect(readability.measured).toBe("firstLayer");
    expect(readability.audience).toBe("pupil");
    expect(readability.figures.words).toBe(18); // 7 + 6 + 5
    expect(readability.findings).toEqual([]);
  });
  it("speaks English with --lang en", async () => {
    const result = await runCli(["validate", "--lang", "en", wordy]);
    expect(result.stdout).toMatch(/Flesch-Douma -?[\d.]+ is below 65/);
  });
});
