import { type Document as DocxDocument, Packer } from "docx";
import { unzipSync } from "fflate";
import { fastPath, fastPathsOn } from "./registry.js";

/** A part's contents: text (XML) or bytes (images). */
export type PartData = string | Uint8Array;

/** The parts of docx's compiler (9.x) that the fast paths rely on; not public API. */
interface DocxCompiler {
  compile(file: DocxDocument, prettify: undefined, overrides: []): Map<string, PartData>;
  formatter: { format(input: unknown, context: unknown): unknown };
}

const compiler = (Packer as unknown as { compiler?: DocxCompiler }).compiler;

/**
 * Parts that are the same in every letter of a language and direction, by the class docx formats
 * them from: the theme, the styles (from our style sheet, which names the letter's language),
 * settings, empty notes and comments, app properties. Formatting and writing them out was a
 * third of a DOCX letter's time.
 */
const STATIC_PARTS: Readonly<Record<string, string>> = {
  Theme: "word/theme/theme1.xml",
  Styles: "word/styles.xml",
  Settings: "word/settings.xml",
  FootNotes: "word/footnotes.xml",
  Endnotes: "word/endnotes.xml",
  Comments: "word/comments.xml",
  AppProperties: "docProps/app.xml",
  CustomProperties: "docProps/custom.xml",
};

const MARK = "clb:static-";
// The static parts by the letters they are the same for (see packageParts' `sameFor`).
const cachedFor = new Map<string, Map<string, string>>();
// The static parts of the letter being compiled.
let cached = new Map<string, string>();
let standIns = false;
let broken = false;

// The formatter gives a stand-in element for a static part while standIns is set (see below).
if (compiler) {
  let depth = 0;
  fastPath(
    "docx",
    "Formatter.format",
    compiler.formatter,
    "format",
    (format) =>
      function (this: DocxCompiler["formatter"], input: unknown, context: unknown) {
        const name = (input as { constructor?: { name?: string } } | null)?.constructor?.name;
        if (
          standIns &&
          depth === 0 &&
          name !== undefined &&
          Object.hasOwn(STATIC_PARTS, name) &&
          cached.has(STATIC_PARTS[name]!)
        ) {
          return { [`${MARK}${name}`]: {} };
        }
        depth += 1;
        try {
          return format.call(this, input, context);
        } finally {
          depth -= 1;
        }
      },
  );
}

/**
 * docx names an image by a SHA-1 of its bytes, computed in JavaScript: in every letter 2.7 ms
 * for a 150 KB logo, 53 ms for one of 2 MB (measured). docx gets these few bytes instead, and
 * the logo's bytes take their place in the image part (on both paths, so they give the same
 * package).
 */
export const LOGO_STAND_IN = new TextEncoder().encode("clb-consent: logo");

function isLogoStandIn(data: PartData): boolean {
  return (
    data instanceof Uint8Array &&
    data.length === LOGO_STAND_IN.length &&
    LOGO_STAND_IN.every((byte, i) => data[i] === byte)
  );
}

/**
 * The package's parts, unzipped, with the logo in place of its stand-in. With the fast paths,
 * docx's compiler (not public API) gives them directly: docx's Packer zips them, only for us to
 * unzip them again, a third of a DOCX letter's time; and the parts that are the same in every
 * letter are compiled once for each `sameFor` (the letters whose static parts are the same: of
 * one language and direction). Without them, or should a docx version lack the compiler, the
 * public Packer is used and its zip unpacked.
 */
export async function packageParts(
  file: DocxDocument,
  logo: Uint8Array | undefined,
  sameFor: string,
): Promise<Record<string, PartData>> {
  const parts =
    fastPathsOn() && compiler
      ? compileParts(compiler, file, sameFor)
      : new Map<string, PartData>(Object.entries(unzipSync(await Packer.toBuffer(file))));
  let placed = false;
  for (const [name, data] of parts) {
    if (name.startsWith("word/media/") && isLogoStandIn(data)) {
      if (!logo) throw new Error("docx wrote a logo stand-in into a letter without a logo");
      parts.set(name, logo);
      placed = true;
    }
  }
  if (logo && !placed) throw new Error("docx did not write the logo stand-in as an image part");
  return Object.fromEntries(parts);
}

/**
 * Compiles a document into its parts, the static parts taken from the first letter this
 * process compiled: for them docx formats a stand-in element, replaced by the cached XML after.
 * Every stand-in must turn up in its own part and nowhere else; if docx ever formats them
 * differently, the cache is switched off and the letter compiled in full.
 */
function compileParts(
  compiler: DocxCompiler,
  file: DocxDocument,
  sameFor: string,
): Map<string, PartData> {
  let own = cachedFor.get(sameFor);
  if (!own) {
    own = new Map();
    cachedFor.set(sameFor, own);
  }
  cached = own;
  if (broken || cached.size === 0) return remember(compiler.compile(file, undefined, []));
  standIns = true;
  let parts: Map<string, PartData>;
  try {
    parts = compiler.compile(file, undefined, []);
  } finally {
    standIns = false;
  }
  for (const [name, path] of Object.entries(STATIC_PARTS)) {
    const xml = cached.get(path);
    const part = parts.get(path);
    if (xml === undefined || part === undefined) continue;
    if (typeof part !== "string" || !part.includes(`<${MARK}${name}/>`))
      return giveUp(compiler, file);
    parts.set(path, xml);
  }
  for (const part of parts.values()) {
    if (typeof part === "string" && part.includes(`<${MARK}`)) return giveUp(compiler, file);
  }
  return parts;
}

function remember(parts: Map<string, PartData>): Map<string, PartData> {
  if (!broken && cached.size === 0) {
    for (const path of Object.values(STATIC_PARTS)) {
      const part = parts.get(path);
      if (typeof part === "string") cached.set(path, part);
    }
  }
  return parts;
}

function giveUp(compiler: DocxCompiler, file: DocxDocument): Map<string, PartData> {
  broken = true;
  cached.clear();
  cachedFor.clear();
  return compiler.compile(file, undefined, []);
}
