import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readPdf } from "../../src/core/extract/read-pdf.js";
import { tempDir } from "../helpers/cli.js";
import { type ExampleLetter, exampleLetters, profileValues, squash } from "../helpers/letters.js";
import { runTool } from "./run-tool.js";

describe("PDF letters in the readers people use", () => {
  let letters: ExampleLetter[];
  beforeAll(async () => {
    letters = await exampleLetters("pdf", path.join(await tempDir(), "out"));
    expect(letters.length).toBeGreaterThan(0);
  });

  it("pdftotext gives the text pdf.js gives, with every profile value", async () => {
    for (const letter of letters) {
      const result = await runTool("pdftotext", ["-enc", "UTF-8", letter.file, "-"]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      const js = await readPdf(letter.data);
      // Same text: every line pdf.js reads is there. pdftotext puts the header first and joins
      // a word hyphenated at a line end ("vlaamse-" + "toezichtcommissie"), so hyphens are left out.
      const loose = (text: string) => squash(text).replace(/-/g, "");
      const poppler = loose(result.stdout);
      const lines = js.text.split("\n").filter((line) => line.trim() !== "");
      expect(lines.length).toBeGreaterThan(40);
      for (const line of lines) expect(poppler).toContain(loose(line));
      for (const value of profileValues(letter.loaded)) expect(poppler).toContain(loose(value));
    }
  });

  it("pdffonts lists only embedded fonts", async () => {
    for (const letter of letters) {
      const result = await runTool("pdffonts", [letter.file]);
      expect(result.code).toBe(0);
      const rows = result.stdout.trim().split("\n").slice(2);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows)
        expect(row).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    }
  });

  it("pdfinfo says A4 and tagged, and prints nothing on stderr", async () => {
    for (const letter of letters) {
      const result = await runTool("pdfinfo", [letter.file]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      expect(result.stdout).toMatch(/^Tagged:\s+yes$/m);
      expect(result.stdout).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
      expect(result.stdout).toMatch(
        new RegExp(
          `^Author:\\s+${letter.loaded.profile.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`,
          "m",
        ),
      );
    }
  });

  it("qpdf --check finds no errors", async () => {
    for (const letter of letters) {
      const result = await runTool("qpdf", ["--check", letter.file]);
      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toContain("No syntax or stream encoding errors found");
      expect(result.stderr).toBe("");
    }
  });
});
