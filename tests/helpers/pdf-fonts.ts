/**
 * The fonts of a PDF as its own dictionaries describe them, and whether each is embedded, as
 * `pdffonts` says in its `emb` column (the interop test runs pdffonts; `npm test` must catch a
 * font that is not embedded too, issue 27 point 8). A reader without the font shows another
 * one in its place, with other widths: the letter the client reads is then not the letter the
 * manifest's hash proves.
 *
 * It reads the PDF the way pdfkit writes it: a classic cross-reference table, objects not in
 * compressed object streams. Anything else throws, so a change of the writer fails the tests
 * instead of leaving fonts unseen.
 */
export interface PdfFont {
  /** The font object's number. */
  readonly object: number;
  readonly baseFont: string;
  readonly subtype: string;
  /** A font program is in the file (/FontFile, /FontFile2 or /FontFile3 of its descriptor). */
  readonly embedded: boolean;
}

/** Each object's text up to `stream` or `endobj`, by object number. */
function objects(pdf: Buffer): Map<number, string> {
  const text = pdf.toString("latin1");
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!start) throw new Error("no startxref at the end of the PDF");
  const table = text.slice(Number(start[1]));
  if (!table.startsWith("xref")) {
    throw new Error(
      "the PDF has a cross-reference stream: tests/helpers/pdf-fonts.ts reads tables only",
    );
  }
  if (text.includes("/ObjStm")) {
    throw new Error(
      "the PDF has object streams: tests/helpers/pdf-fonts.ts cannot see inside them",
    );
  }
  const found = new Map<number, string>();
  for (const section of table.matchAll(/^(\d+) (\d+)\r?\n((?:\d{10} \d{5} [nf]\s*\r?\n)+)/gm)) {
    const first = Number(section[1]);
    const rows = section[3]!.trim().split(/\r?\n/);
    for (const [index, row] of rows.entries()) {
      const [offset, , use] = row.trim().split(" ");
      if (use !== "n") continue;
      const number = first + index;
      const head = `${number} 0 obj`;
      const at = Number(offset);
      if (text.slice(at, at + head.length) !== head) {
        throw new Error(`object ${number} is not at offset ${at}`);
      }
      const rest = text.slice(at + head.length);
      const end = /\bstream\r?\n|\bendobj\b/.exec(rest);
      found.set(number, end ? rest.slice(0, end.index) : rest);
    }
  }
  if (found.size === 0) throw new Error("no objects in the PDF's cross-reference table");
  return found;
}

const name = (dictionary: string, key: string) =>
  new RegExp(`/${key}\\s*/([^\\s/<>\\[\\]()]+)`).exec(dictionary)?.[1];
const reference = (dictionary: string, key: string) => {
  const match = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dictionary);
  return match ? Number(match[1]) : undefined;
};

/** Every font the PDF's pages use or that the file defines, with whether it is embedded. */
export function pdfFonts(data: Uint8Array): PdfFont[] {
  const all = objects(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  const isFont = (dictionary: string) => /\/Type\s*\/Font\b/.test(dictionary);
  // The fonts that resource dictionaries name (/Font << /F1 16 0 R >>), and every font object.
  const used = new Set<number>();
  for (const dictionary of all.values()) {
    for (const fonts of dictionary.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const ref of fonts[1]!.matchAll(/(\d+) 0 R/g)) used.add(Number(ref[1]));
    }
    // A font resource dictionary of its own (/Font 20 0 R).
    for (const ref of dictionary.matchAll(/\/Font\s+(\d+) 0 R/g)) {
      for (const font of all.get(Number(ref[1]))?.matchAll(/(\d+) 0 R/g) ?? [])
        used.add(Number(font[1]));
    }
  }
  const descendants = new Set<number>();
  for (const dictionary of all.values()) {
    for (const ref of /\/DescendantFonts\s*\[([^\]]*)\]/
      .exec(dictionary)?.[1]
      ?.matchAll(/(\d+) 0 R/g) ?? []) {
      descendants.add(Number(ref[1]));
    }
  }
  for (const [number, dictionary] of all) {
    if (isFont(dictionary) && !descendants.has(number)) used.add(number);
  }
  const hasProgram = (dictionary: string): boolean => {
    const descriptor = reference(dictionary, "FontDescriptor");
    const described = descriptor === undefined ? undefined : all.get(descriptor);
    if (described === undefined) return false;
    const file = ["FontFile", "FontFile2", "FontFile3"]
      .map((key) => reference(described, key))
      .find((ref) => ref !== undefined);
    return file !== undefined && all.has(file);
  };
  return [...used]
    .sort((a, b) => a - b)
    .map((number) => {
      const dictionary = all.get(number);
      if (dictionary === undefined || !isFont(dictionary)) {
        throw new Error(`a resource names object ${number} as a font, but it is none`);
      }
      const subtype = name(dictionary, "Subtype") ?? "";
      let embedded: boolean;
      if (subtype === "Type3") {
        // Its glyphs are drawn by the PDF's own content streams.
        embedded = true;
      } else if (subtype === "Type0") {
        const kids = /\/DescendantFonts\s*\[([^\]]*)\]/.exec(dictionary)?.[1] ?? "";
        const refs = [...kids.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
        embedded = refs.length > 0 && refs.every((ref) => hasProgram(all.get(ref) ?? ""));
      } else {
        embedded = hasProgram(dictionary);
      }
      return { object: number, baseFont: name(dictionary, "BaseFont") ?? "", subtype, embedded };
    });
}

/** The fonts of a PDF that are not embedded, as `BaseFont (Subtype)`; at least one font exists. */
export function fontsNotEmbedded(data: Uint8Array): string[] {
  const fonts = pdfFonts(data);
  if (fonts.length === 0) throw new Error("the PDF has no fonts at all");
  return fonts.filter((f) => !f.embedded).map((f) => `${f.baseFont} (${f.subtype})`);
}
