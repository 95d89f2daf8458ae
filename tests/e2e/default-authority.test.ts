import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readDocx } from "../../src/core/extract/read-docx.js";
import { readPdf } from "../../src/core/extract/read-pdf.js";
import { generateCentre } from "../../src/node/io/generate-centre.js";
import { PROFILES, tempDir } from "../helpers/cli.js";
import { squash } from "../helpers/letters.js";

// The supervisory authority a letter names when the profile names none, as literals: the
// default in the code must not drift unnoticed (issue 27, point 8: a changed address failed
// only the golden hashes and the schema's copy, both of which are rewritten from the code).
// Source: https://www.vlaanderen.be/vlaamse-toezichtcommissie (the design's profile section).
const NAME = "Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens";
const URL = "https://www.vlaanderen.be/vlaamse-toezichtcommissie";

// The example with only the required fields: it names no authority.
const PROFILE = path.join(PROFILES, "clb-minimaal.yaml");

describe("a profile without `authority`", () => {
  it("gets letters for both readers that name the Vlaamse Toezichtcommissie and link to it", async () => {
    const yaml = parse(await readFile(PROFILE, "utf8")) as Record<string, unknown>;
    expect(Object.hasOwn(yaml, "authority")).toBe(false);
    const written = await generateCentre(PROFILE, {
      formats: ["txt", "pdf", "docx"],
      audiences: ["pupil", "parents"],
      outDir: path.join(await tempDir("clb-authority-"), "out"),
    });
    expect(new Set(written.map((w) => `${w.audience} ${w.format}`))).toEqual(
      new Set([
        "pupil txt",
        "pupil pdf",
        "pupil docx",
        "parents txt",
        "parents pdf",
        "parents docx",
      ]),
    );
    for (const letter of written) {
      const data = await readFile(letter.file);
      let text: string;
      let links: readonly string[];
      if (letter.format === "pdf") {
        const pdf = await readPdf(data);
        ({ text, links } = pdf);
      } else if (letter.format === "docx") {
        const docx = readDocx(data);
        text = docx.text;
        links = docx.links.map((link) => link.target);
      } else {
        text = data.toString("utf8");
        links = [];
      }
      // A long name may wrap anywhere a space was.
      expect(squash(text), letter.file).toContain(squash(NAME));
      expect(squash(text), letter.file).toContain(URL);
      if (letter.format !== "txt") expect(links, letter.file).toContain(URL);
    }
  });
});
