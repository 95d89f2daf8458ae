import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PDFDocument } from "../../src/core/render/fast/pdfkit.js";
import { useFace } from "../../src/core/render/pdf/pdf-fonts.js";
import { generateCentre } from "../../src/node/io/generate-centre.js";
import { PROFILES, profileYaml, tempDir } from "../helpers/cli.js";
import { fontsNotEmbedded, pdfFonts } from "../helpers/pdf-fonts.js";

// Every font in a PDF we make is embedded (issue 27, point 8: a footer in a standard font that
// is not embedded failed only the golden hashes). pdffonts checks the same in the interop test;
// this one runs in `npm test`, on the PDFs of every kind: both readers' letters, a staff guide,
// a centre with a logo, and a name that needs the fallback fonts.

/** A PDF made with pdfkit: one line in the letters' own font, one in `standard` if given. */
async function samplePdf(standard?: string): Promise<Buffer> {
  const pdf = new PDFDocument({ font: null as unknown as string });
  const chunks: Uint8Array[] = [];
  pdf.on("data", (chunk: Uint8Array) => chunks.push(chunk));
  const done = new Promise((resolve) => pdf.on("end", resolve));
  useFace(pdf, "regular");
  pdf.text("Een brief over beeldbellen.", 72, 72);
  if (standard) pdf.font(standard).text("Pagina 1 van 1", 72, 700);
  pdf.end();
  await done;
  return Buffer.concat(chunks);
}

describe("the check of embedded fonts", () => {
  it("finds a standard font that is not embedded, and passes the letters' own font", async () => {
    expect(fontsNotEmbedded(await samplePdf())).toEqual([]);
    expect(fontsNotEmbedded(await samplePdf("Helvetica"))).toEqual(["Helvetica (Type1)"]);
    expect(fontsNotEmbedded(await samplePdf("Times-Roman"))).toEqual(["Times-Roman (Type1)"]);
  });
});

describe("every font of the PDFs we make", () => {
  it("is embedded: letters to pupil and parents, a staff guide, a logo, fallback fonts", async () => {
    const dir = await tempDir("clb-fonts-");
    const out = path.join(dir, "out");
    // The example with a logo: its letters for both readers and its Teams guide.
    const made = await generateCentre(path.join(PROFILES, "clb-de-brug.yaml"), {
      formats: ["pdf"],
      tools: ["teams"],
      audiences: ["pupil", "parents"],
      documents: ["letters", "guides"],
      outDir: out,
    });
    // A name in Arabic, Chinese, Korean and Ethiopic script: each needs a Noto font.
    const world = path.join(dir, "wereld.yaml");
    await writeFile(
      world,
      profileYaml({
        id: "id: clb-schriften",
        name: 'name: "CLB مركز 北京 서울 ሰላም"',
        tools: "tools: [praatbox]",
      }),
    );
    made.push(
      ...(await generateCentre(world, { formats: ["pdf"], audiences: ["pupil"], outDir: out })),
    );
    expect(new Set(made.map((m) => `${m.kind} ${m.audience}`))).toEqual(
      new Set(["letter pupil", "letter parents", "guide staff"]),
    );
    const fontNames = new Set<string>();
    for (const file of made) {
      const data = await readFile(file.file);
      expect(fontsNotEmbedded(data), file.file).toEqual([]);
      for (const font of pdfFonts(data)) fontNames.add(font.baseFont.replace(/^[A-Z]{6}\+/, ""));
    }
    // The fallback fonts were really used, so their embedding was checked too.
    expect([...fontNames].filter((f) => f.startsWith("Noto")).length).toBeGreaterThanOrEqual(3);
  });
});
