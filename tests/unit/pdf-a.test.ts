import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { unzlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import { encodePng, pngChunk } from "../../scripts/png-writer.js";
import { makeLetter } from "../../src/core/letter/make-letter.js";
import { renderPdf } from "../../src/core/render/render-pdf.js";
import { loadProfile } from "../../src/node/io/load-profile.js";
import { loadTemplates } from "../../src/node/io/load-templates.js";
import { loadTools } from "../../src/node/io/load-tools.js";
import { profileYaml, TEMPLATES, tempDir } from "../helpers/cli.js";

// Issue 31: the PDF letters are PDF/A-1b (Apache PDFBox Preflight judges them in the interop
// tests, tests/interop/pdfa-preflight.test.ts). Here, without Java, what makes them so: the
// version, the output intent with its colour profile, the PDF/A identification in the XMP, the
// CIDSet of every subset font, and no transparency: a logo's is laid on white.

async function letterWithLogo(png: Uint8Array, extra: Record<string, string> = {}) {
  const dir = await tempDir("clb-pdfa-unit-");
  await mkdir(path.join(dir, "logos"));
  await writeFile(path.join(dir, "logos", "logo.png"), png);
  const file = path.join(dir, "clb-test.yaml");
  await writeFile(file, profileYaml({ logo: "logo: logos/logo.png", ...extra }));
  const loaded = await loadProfile(file);
  const templates = await loadTemplates(TEMPLATES, ["teams"]);
  const tools = await loadTools(path.join(TEMPLATES, "tools.yaml"));
  return Buffer.from(await renderPdf(makeLetter(loaded, "teams", { templates, tools })));
}

/** The decompressed bytes of the stream of object `number`. */
function streamOf(pdf: Buffer, number: number): Uint8Array {
  const text = pdf.toString("latin1");
  const start = text.indexOf(`\n${number} 0 obj\n`);
  expect(start, `object ${number}`).toBeGreaterThan(0);
  const dictionary = text.slice(start, text.indexOf("stream\n", start));
  const length = Number(/\/Length (\d+)/.exec(dictionary)![1]);
  const at = text.indexOf("stream\n", start) + "stream\n".length;
  const bytes = pdf.subarray(at, at + length);
  return /FlateDecode/.test(dictionary) ? unzlibSync(bytes) : bytes;
}

/** A 2 × 1 RGBA PNG: the first pixel fully transparent, the second opaque, both (10, 20, 30). */
function rgbaPng(): Buffer {
  const scanlines = Buffer.from([0, 10, 20, 30, 0, 10, 20, 30, 255]);
  return encodePng({ width: 2, height: 1, colorType: 6, scanlines, extra: [] });
}

/** A 2 × 1 palette PNG: entry 0 black and transparent, entry 1 red and opaque. */
function palettePng(): Buffer {
  const palette = Buffer.from([0, 0, 0, 255, 0, 0]);
  const extra = [pngChunk("PLTE", palette), pngChunk("tRNS", Buffer.from([0, 255]))];
  return encodePng({ width: 2, height: 1, colorType: 3, scanlines: Buffer.from([0, 0, 1]), extra });
}

describe("a PDF letter as PDF/A-1b", () => {
  it("declares PDF 1.4, an sRGB output intent, the PDF/A identification and each font's CIDSet", async () => {
    const pdf = await letterWithLogo(rgbaPng());
    const text = pdf.toString("latin1");
    expect(text.startsWith("%PDF-1.4\n")).toBe(true);
    expect(text).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    expect(text).toMatch(/\/S \/GTS_PDFA1/);
    const profile = Number(/\/DestOutputProfile (\d+) 0 R/.exec(text)![1]);
    // An ICC profile: its signature "acsp" at byte 36, colour space RGB.
    const icc = Buffer.from(streamOf(pdf, profile));
    expect(icc.toString("latin1", 36, 40)).toBe("acsp");
    expect(icc.toString("latin1", 16, 19)).toBe("RGB");
    const xmp = Number(/\/Metadata (\d+) 0 R/.exec(text)![1]);
    const metadata = Buffer.from(streamOf(pdf, xmp)).toString("utf8");
    expect(metadata).toMatch(/<pdfaid:part>1<\/pdfaid:part>/);
    expect(metadata).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    const descriptors = text.match(/\/Type \/FontDescriptor[\s\S]*?>>/g) ?? [];
    expect(descriptors.length).toBeGreaterThanOrEqual(2);
    for (const descriptor of descriptors) expect(descriptor).toMatch(/\/CIDSet \d+ 0 R/);
  });

  it("lays a logo's alpha channel on white: no soft mask, transparent becomes white", async () => {
    const pdf = await letterWithLogo(rgbaPng());
    const text = pdf.toString("latin1");
    expect(text).not.toContain("/SMask");
    const image = /(\d+) 0 obj\n<<[^>]*\/Subtype \/Image[^>]*\/Width 2[^>]*>>/.exec(text);
    expect(image).not.toBeNull();
    expect([...streamOf(pdf, Number(image![1]))]).toEqual([255, 255, 255, 10, 20, 30]);
  });

  it("lays a palette's transparent entries on white: no soft mask, the palette mixed", async () => {
    const pdf = await letterWithLogo(palettePng());
    const text = pdf.toString("latin1");
    expect(text).not.toContain("/SMask");
    const palette = Number(/\/Indexed \/DeviceRGB 1 (\d+) 0 R/.exec(text)![1]);
    expect([...streamOf(pdf, palette)]).toEqual([255, 255, 255, 255, 0, 0]);
  });
});

describe("a centre that turns PDF/A off (pdfA: false)", () => {
  it("gets a plain tagged PDF: no output intent, no PDF/A identification, the logo's alpha kept", async () => {
    const pdf = await letterWithLogo(rgbaPng(), { pdfA: "pdfA: false" });
    const text = pdf.toString("latin1");
    expect(text).not.toMatch(/\/OutputIntents/);
    expect(text).not.toMatch(/GTS_PDFA1/);
    expect(text).not.toMatch(/pdfaid/);
    // Still tagged, in Dutch; only the archive format is off.
    expect(text).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(text).toContain("/Lang (nl-BE)");
    expect(text).toContain("/SMask");
  });

  it("is PDF/A by default: a profile without the field gets the archive format", async () => {
    const text = (await letterWithLogo(rgbaPng())).toString("latin1");
    expect(text).toMatch(/\/OutputIntents/);
  });
});
