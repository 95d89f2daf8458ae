import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/core/document/document.js";
import {
  breakBeforeSecondLayer,
  SECOND_LAYER_HEADING,
} from "../../src/core/document/second-layer.js";
import { readPdf } from "../../src/core/extract/read-pdf.js";
import { firstLayerOverflow } from "../../src/core/pipeline/first-layer-overflow.js";
import { renderPdf } from "../../src/core/render/render-pdf.js";
import type { LayoutNotes } from "../../src/core/render/renderer.js";
import { parseProfile } from "../../src/node/io/index.js";
import { profileYaml } from "../helpers/cli.js";
import { letterOf, plain } from "../helpers/test-letter.js";

// DESIGN: page 1 is the first layer. The PDF renderer tells where the first layer ends, so a
// centre whose long texts push it onto page 2 is told (issue 29 follow-up).

const heading = (level: 1 | 2 | 3, text: string): Block => ({
  type: "heading",
  level,
  runs: [plain(text)],
});
const paragraph = (text: string): Block => ({ type: "paragraph", runs: [plain(text)] });
const SENTENCE = "Een zin van de eerste laag die een hele regel van de brief vult, of bijna. ";

function letter(firstLayerParagraphs: number, secondLayer = true) {
  const first = Array.from({ length: firstLayerParagraphs }, (_, i) =>
    paragraph(`${i + 1}. ${SENTENCE.repeat(3)}`),
  );
  return letterOf(
    breakBeforeSecondLayer([
      heading(1, "Test"),
      ...first,
      paragraph("Laatste zin van de eerste laag."),
      ...(secondLayer ? [heading(2, SECOND_LAYER_HEADING), paragraph("Tweede laag.")] : []),
    ]),
  );
}

/** The PDF's pages as pdf.js reads them, and what the renderer noted. */
async function laidOut(doc: ReturnType<typeof letter>) {
  const notes: LayoutNotes = {};
  const { pageTexts } = await readPdf(await renderPdf(doc, notes));
  const second = pageTexts.findIndex((text) => text.includes(SECOND_LAYER_HEADING));
  const last = pageTexts.findIndex((text) => text.includes("Laatste zin van de eerste laag."));
  return { notes, second, last };
}

describe("the PDF renderer's note of the first layer's pages", () => {
  it("is 1 when the first layer fits on page 1", async () => {
    const { notes, second, last } = await laidOut(letter(3));
    expect(last).toBe(0);
    expect(second).toBe(1);
    expect(notes.firstLayerPages).toBe(1);
  });

  it("counts the pages a long first layer takes, as read back from the PDF", async () => {
    const { notes, second, last } = await laidOut(letter(40));
    // Read back: the first layer's last sentence on page 2 or later, the second layer after it.
    expect(last).toBeGreaterThanOrEqual(1);
    expect(second).toBe(last + 1);
    expect(notes.firstLayerPages).toBe(last + 1);
  });

  it("is not set in a letter without a second layer", async () => {
    const { notes } = await laidOut(letter(3, false));
    expect(notes).toEqual({});
  });
});

describe("what a user whose first layer runs past page 1 is told to shorten", () => {
  const FILE = path.join("/nergens", "clb-test.yaml");
  const LONG_NAME = "Centrum voor Leerlingenbegeleiding met een heel lange naam";

  it("names the profile's values in the first layer, longest first, no e-mail or web address", async () => {
    const loaded = await parseProfile(
      FILE,
      profileYaml({
        name: `name: ${LONG_NAME}`,
        email: "email: een.heel.lang.adres@test.clb.example",
      }),
    );
    const doc = letterOf(
      breakBeforeSecondLayer([
        heading(1, "Test"),
        paragraph(`${LONG_NAME} wil met je beeldbellen.`),
        paragraph(
          "Schrijf naar Teststraat 1, 1000 Brussel of een.heel.lang.adres@test.clb.example.",
        ),
        heading(2, SECOND_LAYER_HEADING),
        // In the second layer only: not what pushes the first layer over.
        paragraph("We bewaren het dossier tien jaar na het laatste consult."),
      ]),
    );
    expect(firstLayerOverflow(doc, loaded.profile, 2)).toEqual({
      pages: 2,
      fields: ["name", "address.street"],
    });
    expect(firstLayerOverflow(doc, loaded.profile, 1)).toBeUndefined();
    expect(firstLayerOverflow(doc, loaded.profile, undefined)).toBeUndefined();
  });
});
