import { describe, expect, it } from "vitest";
import { faceRuns, visualPieces } from "../../src/core/render/pdf/pdf-text.js";
import { UnprintableCharacterError } from "../../src/core/render/unprintable.js";

describe("faceRuns", () => {
  it("leaves text the face has in one run", () => {
    expect(faceRuns("Łucja Ζωή Олена café", "regular")).toEqual([
      { text: "Łucja Ζωή Олена café", face: "regular" },
    ]);
  });

  it("takes each script DejaVu lacks from its fallback font, spaces staying with the text before", () => {
    expect(faceRuns("Wang 王小明 en 김민준, ሰላም 👍", "bold")).toEqual([
      { text: "Wang ", face: "bold" },
      { text: "王小明 ", face: "han" },
      { text: "en ", face: "bold" },
      { text: "김민준, ", face: "hangul" },
      { text: "ሰላም ", face: "ethiopic" },
      { text: "👍", face: "emoji" },
    ]);
  });

  it("keeps an emoji sequence and a letter with its accents whole", () => {
    const runs = faceRuns("a👨‍👩‍👧b 👍🏽", "regular");
    expect(runs.map((r) => r.text).join("")).toBe("a👨‍👩‍👧b 👍🏽");
    expect(runs.find((r) => r.face === "emoji")?.text).toBe("👨‍👩‍👧");
    expect(faceRuns("Nguyê\u0303n", "italic")).toEqual([{ text: "Nguyê\u0303n", face: "italic" }]);
  });

  it("falls back to the upright face for Arabic, which DejaVu has only upright", () => {
    expect(faceRuns("مركز", "italic")).toEqual([{ text: "مركز", face: "regular" }]);
  });

  it("refuses a character no font has, naming it", () => {
    expect(() => faceRuns("Namaste नमस्ते", "regular")).toThrow(UnprintableCharacterError);
    try {
      faceRuns("Namaste नमस्ते", "regular");
    } catch (error) {
      expect((error as UnprintableCharacterError).character).toBe("न");
    }
  });
});

describe("visualPieces", () => {
  const order = (text: string) => visualPieces(text).map((p) => [p.text, p.rightToLeft]);

  it("leaves a line without right-to-left letters as it is", () => {
    expect(order("Centrum: CLB Antwerpen (2026)")).toEqual([
      ["Centrum: CLB Antwerpen (2026)", false],
    ]);
  });

  it("puts a Hebrew name in its place in a Dutch sentence, for the shaper to reverse", () => {
    expect(order("van שלום עולם op")).toEqual([
      ["van ", false],
      ["שלום עולם", true],
      [" op", false],
    ]);
  });

  it("draws numbers inside Arabic text left to right, after the words that follow them", () => {
    expect(order("Adres: شارع 12 الإرشاد.")).toEqual([
      ["Adres: ", false],
      [" الإرشاد", true],
      ["12", false],
      ["شارع ", true],
      [".", false],
    ]);
    expect(visualPieces("Adres: شارع 12 الإرشاد.").map((p) => p.inRightToLeft)).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it("mirrors brackets inside right-to-left text", () => {
    expect(order("x مركز (كبير) y")).toEqual([
      ["x ", false],
      ["مركز )كبير(", true],
      [" y", false],
    ]);
  });
});
