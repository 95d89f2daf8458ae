import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPdf } from "../../src/core/extract/read-pdf.js";
import { generateCentre } from "../../src/node/io/generate-centre.js";
import { PROFILES, tempDir } from "../helpers/cli.js";
import { EXAMPLE_IDS } from "../helpers/letters.js";

const QUESTION = "Ga je akkoord met beeldbellen?";
const ROUTES = ["Per e-mail:", "Met een handtekening:", "Mondeling:"];

/** The first layer's last paragraph: page 1 holds the whole first layer, up to it. */
const LAST = "Vragen of een klacht?";

/**
 * What page 1 must hold: the question and its three routes, the first layer up to its last
 * paragraph, and nothing of the second layer (it starts on page 2).
 */
function firstPageProblems(page1: string): string[] {
  const text = page1.replace(/\s+/g, " ");
  const problems: string[] = [];
  const question = text.indexOf(QUESTION);
  if (question < 0) problems.push("question");
  for (const route of ROUTES) if (text.indexOf(route) < question) problems.push(route);
  if (text.indexOf(LAST) < question) problems.push("first layer cut short");
  if (text.includes("Meer uitleg")) problems.push("second layer on page 1");
  return problems;
}

describe("page 1 of every PDF letter (every example centre, tool and audience)", () => {
  it("holds the question and its three routes, and the titles name the reader", async () => {
    const out = path.join(await tempDir("clb-layer-"), "out");
    let count = 0;
    for (const id of EXAMPLE_IDS) {
      const written = await generateCentre(path.join(PROFILES, `${id}.yaml`), {
        formats: ["pdf"],
        outDir: out,
        audiences: ["pupil", "parents"],
      });
      for (const w of written.filter((x) => x.file.endsWith(".pdf"))) {
        const pdf = await readPdf(await readFile(w.file));
        const page1 = pdf.pageTexts[0] ?? "";
        expect(firstPageProblems(page1), w.file).toEqual([]);
        // The second layer exists, under its heading, at the top of page 2 (after the header).
        expect((pdf.pageTexts[1] ?? "").replace(/\s+/g, " "), w.file).toMatch(
          /^[^.?!]{0,120}Meer uitleg/,
        );
        const reader = w.file.endsWith("-ouders.pdf") ? "ouders" : "leerlingen";
        expect(page1.replace(/\s+/g, " "), w.file).toContain(
          `geïnformeerde toestemming voor ${reader}`,
        );
        count += 1;
      }
    }
    expect(count).toBeGreaterThanOrEqual(2 * EXAMPLE_IDS.length);
  });

  it("a page 1 with the question moved to the end, the routes after it, or the second layer on it, fails", () => {
    expect(firstPageProblems("Titel\nMeer uitleg\nGa je akkoord met beeldbellen?")).toContain(
      "second layer on page 1",
    );
    expect(firstPageProblems("Titel\nPer e-mail: Met een handtekening: Mondeling:")).toContain(
      "question",
    );
    const whole = `${QUESTION} ${ROUTES.join(" ")} ${LAST}`;
    expect(firstPageProblems(whole)).toEqual([]);
    expect(firstPageProblems(`${whole} Meer uitleg Waarom deze brief?`)).toEqual([
      "second layer on page 1",
    ]);
    expect(firstPageProblems(`${QUESTION} ${ROUTES.join(" ")}`)).toEqual(["first layer cut short"]);
  });
});
