import { describe, expect, it } from "vitest";
import { findValue } from "../../src/core/checklist/find-value.js";
import { normalizeText } from "../../src/core/fields/normalize-text.js";

const find = (text: string, value: string) => findValue(normalizeText(text), value);

describe("findValue", () => {
  it("finds a value however its accents and case were typed", () => {
    expect(find("Mail naar KLACHT@CLB-Çelik.example vandaag.", "klacht@clb-celik.example")).toEqual(
      [10],
    );
  });

  it("finds an emoji with a skin tone where the PDF shows it without one", () => {
    expect(find("Team 👍 Zon", "Team 👍🏽 Zon")).toHaveLength(1);
    expect(find("Team 👎 Zon", "Team 👍🏽 Zon")).toHaveLength(0);
  });

  it("finds a value whose invisible characters a PDF reader dropped or turned into spaces", () => {
    expect(find("Team ab c klaar", "Team a\u200Db\uFE0F c")).toHaveLength(1);
    expect(find("Team a b c klaar", "Team a\u200Db c")).toHaveLength(1);
    expect(find("Team a klaar", "Team \u{E01F0}a")).toHaveLength(1);
  });

  it("finds a value a PDF wrapped over two lines", () => {
    expect(find("zie https://clb.example/ privacy nu", "https://clb.example/privacy")).toHaveLength(
      1,
    );
    expect(find("CLB De\nBrug", "CLB De Brug")).toHaveLength(1);
  });

  it("does not find a name inside a longer word, in any script", () => {
    expect(find("CLB Noordwest", "CLB Noord")).toEqual([]);
    expect(find("Gentbrugge", "Gent")).toEqual([]);
    expect(find("ŁódźŁódź", "Łódź")).toEqual([]);
    expect(find("1234", "23")).toEqual([]);
    expect(find("CLB Noord, Gent", "CLB Noord")).toEqual([0]);
  });

  it("lets a value that ends in a symbol touch the next word", () => {
    expect(find("Tel. 09/123.45.67-x", "09/123.45.67-")).toHaveLength(1);
    expect(find("CLB 🙂Noord", "CLB 🙂")).toHaveLength(1);
  });

  it("treats letters outside the BMP as letters", () => {
    expect(find("𝐀CLB", "CLB")).toEqual([]);
  });
});
