import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeLetter } from "../../src/core/letter/make-letter.js";
import { PDFDocument } from "../../src/core/render/fast/pdfkit.js";
import { renderPdf } from "../../src/core/render/render-pdf.js";
import { toolIds } from "../../src/core/tools/tool-catalog.js";
import { loadTemplates } from "../../src/node/io/load-templates.js";
import { loadShippedTools, loadTools } from "../../src/node/io/load-tools.js";
import { TEMPLATES } from "../helpers/cli.js";
import { examplesAndNames } from "../helpers/letters.js";

const templates = await loadTemplates(TEMPLATES, toolIds(await loadShippedTools()));
const tools = await loadTools(path.join(TEMPLATES, "tools.yaml"));

/** Names that take the right-to-left twin, the fallback fonts and the XMP escaping. */
const NAMES = ["CLB مركز العربية Noord (3)", "CLB עברית [Zuid] 12", "CLB 中文 & <Zuid>"];

interface DocumentInternals {
  _fontFamilies: Record<string, { subset?: object }>;
}

/** The keys of an object's own properties that hold a function. */
function ownFunctions(value: object): string[] {
  return Reflect.ownKeys(value)
    .filter((key) => typeof (value as Record<PropertyKey, unknown>)[key] === "function")
    .map(String);
}

/** Own function properties that are not one and the same function on every object: made per letter. */
function madePerLetter(objects: readonly object[], except: readonly string[] = []): string[] {
  const seen = new Map<PropertyKey, Set<unknown>>();
  for (const object of objects) {
    for (const key of Reflect.ownKeys(object)) {
      const value = (object as Record<PropertyKey, unknown>)[key];
      if (typeof value !== "function" || except.includes(String(key))) continue;
      seen.set(key, (seen.get(key) ?? new Set()).add(value));
    }
  }
  return [...seen].filter(([, values]) => values.size > 1).map(([key]) => String(key));
}

/** The functions pdfkit itself puts on a document it writes text to. */
async function pdfkitsOwnFunctions(): Promise<string[]> {
  const pdf = new PDFDocument();
  const done = new Promise((resolve) => pdf.on("end", resolve));
  pdf.resume();
  pdf.font("Helvetica").text("Een zin.", 72, 72);
  pdf.end();
  await done;
  return ownFunctions(pdf);
}

describe("what making a PDF letter leaves on pdfkit's objects", () => {
  // A function set on one letter's objects and called by pdfkit kept that letter alive until
  // the next full garbage collection; pdfkit's methods are replaced on the classes instead
  // (see fix in src/core/render/fast/registry.ts). Measured, not timed: this checks the
  // rule the memory figures rest on.
  it("no function made for the letter on its document, its fonts, their subsets or its logo", async () => {
    const loaded = await examplesAndNames(NAMES, "state");
    const made: DocumentInternals[] = [];
    const images: object[] = [];
    const prototype = PDFDocument.prototype as unknown as {
      end(...args: unknown[]): unknown;
      openImage(...args: unknown[]): object;
    };
    const { end, openImage } = prototype;
    prototype.end = function (this: DocumentInternals, ...args: unknown[]) {
      made.push(this);
      return end.apply(this, args);
    };
    prototype.openImage = function (this: DocumentInternals, ...args: unknown[]) {
      const image = openImage.apply(this, args);
      images.push(image);
      return image;
    };
    try {
      for (const profile of loaded)
        for (const tool of profile.profile.tools)
          await renderPdf(makeLetter(profile, tool, { templates, tools }));
    } finally {
      prototype.end = end;
      prototype.openImage = openImage;
    }
    expect(made.length).toBeGreaterThan(loaded.length);
    const fonts = made.flatMap((doc) => Object.values(doc._fontFamilies));
    // The right-to-left twins and the fallback fonts are among them.
    expect(fonts.length).toBeGreaterThan(made.length * 2);
    const subsets = fonts.flatMap((font) => (font.subset ? [font.subset] : []));
    // pdfkit binds one method to each document itself (_line); nothing else may be there.
    const own = await pdfkitsOwnFunctions();
    expect(own).toEqual(["_line"]);
    expect(madePerLetter(made, own)).toEqual([]);
    expect(madePerLetter(fonts)).toEqual([]);
    expect(madePerLetter(subsets)).toEqual([]);
    // The example with a logo (a PNG with transparency), once per tool.
    expect(images.length).toBeGreaterThan(1);
    // pdfkit puts no function on an image itself.
    for (const image of images) expect(ownFunctions(image)).toEqual([]);
  });
});
