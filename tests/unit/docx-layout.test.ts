import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { type ExampleLetter, exampleLetters } from "../helpers/letters.js";

function part(letter: ExampleLetter, name: string): string {
  const data = unzipSync(new Uint8Array(letter.data))[name];
  if (!data) throw new Error(`${name} missing in ${letter.file}`);
  return strFromU8(data);
}

/** The text of each w:t element of a part. */
const texts = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!);

describe("DOCX layout", () => {
  let letters: ExampleLetter[];
  beforeAll(async () => {
    letters = await exampleLetters("docx", path.join(await tempDir(), "out"));
  }, 120_000);

  it("gives every line spacing an explicit rule, so LibreOffice does not read it as an exact height", () => {
    for (const letter of letters) {
      const spacings = [...part(letter, "word/styles.xml").matchAll(/<w:spacing [^>]*>/g)].map(
        (m) => m[0],
      );
      const withLine = spacings.filter((s) => s.includes("w:line="));
      expect(withLine.length).toBeGreaterThan(0);
      for (const spacing of withLine) expect(spacing).toContain('w:lineRule="auto"');
    }
  });

  it("keeps headings with the next paragraph and turns widow control on for body text", () => {
    const letter = letters[0]!;
    const styles = part(letter, "word/styles.xml");
    for (const id of ["Title", "Heading1", "Heading2"]) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(
        styles,
      )?.[0];
      expect(style, id).toMatch(/<w:keepNext\/>/);
    }
    const body = part(letter, "word/document.xml");
    const paragraphs = [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]!);
    const plain = paragraphs.filter((p) => !/w:pStyle w:val="(Title|Heading\d)"/.test(p));
    expect(plain.length).toBeGreaterThan(10);
    for (const p of plain) expect(p).toMatch(/<w:widowControl\/>/);
  });

  it("keeps a paragraph that ends with a colon with what it introduces", () => {
    let intros = 0;
    for (const letter of letters) {
      const body = part(letter, "word/document.xml");
      for (const [, p] of body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)) {
        if (!/:\s*$/.test(texts(p!).join(""))) continue;
        intros += 1;
        expect(p, `${letter.file}: ${texts(p!).join("")}`).toMatch(/<w:keepNext\/>/);
      }
    }
    // "op een van deze drie manieren:" before the list of ways to agree, in every letter.
    expect(intros).toBeGreaterThanOrEqual(letters.length);
  });

  it("writes the profile's phone numbers with no-break spaces and addresses that cannot break at a hyphen", () => {
    for (const letter of letters) {
      const runs = texts(part(letter, "word/document.xml"));
      const phone = letter.loaded.profile.phone;
      expect(
        runs.some((t) => t.includes(phone.replace(/ /g, "\u00A0"))),
        letter.file,
      ).toBe(true);
      expect(
        runs.some((t) => t.includes(phone)),
        letter.file,
      ).toBe(false);
      const addresses = runs.filter((t) => /https?:\/\//.test(t));
      expect(addresses.length).toBeGreaterThan(0);
      for (const address of addresses) {
        expect(address).not.toMatch(/-(?!\u2060)./);
        expect(address).toMatch(/https?:\/\/\u2060/);
      }
    }
  });

  it("gives the lines to sign room above them and keeps the signature block on one page", () => {
    const signed = letters.filter((l) => part(l, "word/document.xml").includes("FillIn"));
    expect(signed.length).toBeGreaterThan(0);
    for (const letter of signed) {
      const styles = part(letter, "word/styles.xml");
      const fillIn = /<w:style [^>]*w:styleId="FillIn"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? "";
      expect(fillIn).toMatch(/w:before="\d+"/);
      const body = part(letter, "word/document.xml");
      const paragraphs = [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]!);
      const lines = paragraphs
        .map((p, index) => ({ p, index }))
        .filter(({ p }) => p.includes('w:val="FillIn"'));
      // From the block's heading to its last line to fill in, each paragraph keeps with the next.
      const last = lines.at(-1)!.index;
      let first = lines[0]!.index;
      while (first > 0 && !/w:pStyle w:val="Heading\d"/.test(paragraphs[first]!)) first -= 1;
      expect(last - first).toBeGreaterThanOrEqual(3);
      // The heading keeps with the next by its style (see the test above), the rest directly.
      for (let index = first + 1; index < last; index += 1)
        expect(paragraphs[index], `paragraph ${index}`).toMatch(/<w:keepNext\/>/);
    }
  });
});

describe("DOCX break marks (forPaper)", () => {
  it("makes phone numbers unbreakable and lets addresses break only after /, ? or &", async () => {
    const { forPaper } = await import("../../src/core/document/break-rules.js");
    expect(forPaper("09 123 45 67", "phone")).toBe("09\u00A0123\u00A045\u00A067");
    expect(forPaper("https://a.be/x-y?b=1&c=2", "url")).toBe(
      "https://\u2060a.be/\u200Bx-\u2060y?\u200Bb=1&\u200Bc=2",
    );
    expect(forPaper("gewone tekst - ja", undefined)).toBe("gewone tekst - ja");
  });
});
