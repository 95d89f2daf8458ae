import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { profileYaml, runCli, tempDir } from "../helpers/cli.js";

/**
 * An 8 × 8 grey baseline JPEG, assembled by hand: one quantisation table, a one-code Huffman
 * table for DC and for AC, and a scan of one block (DC difference 0, then end of block).
 */
function tinyJpeg(): Buffer {
  const segment = (marker: number, body: number[]) => [
    0xff,
    marker,
    (body.length + 2) >> 8,
    (body.length + 2) & 0xff,
    ...body,
  ];
  const oneCode = (tableClass: number) => [tableClass << 4, 1, ...new Array(15).fill(0), 0x00];
  return Buffer.from([
    0xff,
    0xd8, // start of image
    ...segment(0xdb, [0x00, ...new Array(64).fill(1)]), // quantisation table 0
    ...segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]), // baseline frame: 8 bits, 8 × 8, 1 component
    ...segment(0xc4, oneCode(0)), // DC table 0: category 0 is code "0"
    ...segment(0xc4, oneCode(1)), // AC table 0: end of block is code "0"
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]), // scan of component 1
    0x3f, // "0" (DC 0), "0" (end of block), padded with ones
    0xff,
    0xd9, // end of image
  ]);
}

describe("a JPEG logo", () => {
  it("goes into the PDF as it is (DCTDecode) and into the DOCX as a .jpg with its exact bytes", async () => {
    const dir = await tempDir("clb-jpeg-");
    await mkdir(path.join(dir, "logos"));
    const jpeg = tinyJpeg();
    await writeFile(path.join(dir, "logos", "logo.jpg"), jpeg);
    const profile = path.join(dir, "clb-test.yaml");
    await writeFile(
      profile,
      profileYaml({ logo: "logo: logos/logo.jpg", tools: "tools: [teams]" }),
    );
    const out = path.join(dir, "out");
    const result = await runCli(["generate", "-p", profile, "-f", "pdf,docx", "-o", out]);
    expect(result.code, result.stderr).toBe(0);

    const pdf = await readFile(path.join(out, "clb-test", "toestemming-teams.pdf"));
    expect(pdf.includes("/DCTDecode")).toBe(true);
    expect(pdf.includes(jpeg)).toBe(true);

    const docx = unzipSync(await readFile(path.join(out, "clb-test", "toestemming-teams.docx")));
    const media = Object.keys(docx).filter((name) => name.startsWith("word/media/"));
    expect(media).toEqual(["word/media/image1.jpg"]);
    expect(Buffer.from(docx[media[0]!]!).equals(jpeg)).toBe(true);
    expect(Buffer.from(docx["[Content_Types].xml"]!).toString()).toMatch(/Extension="jpg"/);
  });
});
