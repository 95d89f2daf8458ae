import { strFromU8, strToU8, Zip, type ZipInputFile } from "fflate";
import { concatBytes } from "../bytes.js";
import { crc32, deflateRaw } from "../compress.js";
import type { PartData } from "../fast/docx.js";

/**
 * The docx package stamps the current time in docProps/core.xml and in every zip entry, and
 * gives hyperlinks and images random relationship ids, so two runs never give the same bytes.
 * The manifest's hashes must prove which text a client approved, so the package is rewritten:
 * times from the letter's date, ids numbered in order of appearance, entries zipped in the
 * same order with the same settings.
 */
export function makeDeterministic(entries: Record<string, PartData>, isoDate: string): Uint8Array {
  const stamp = `${isoDate}T00:00:00Z`;
  const parts: Record<string, string> = {};
  const text = (name: string) => {
    const data = entries[name]!;
    parts[name] ??= typeof data === "string" ? data : strFromU8(data);
    return parts[name]!;
  };

  if (entries["docProps/core.xml"]) {
    parts["docProps/core.xml"] = text("docProps/core.xml")
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
  }

  let counter = 0;
  for (const name of Object.keys(entries)) {
    const match = /^(.*)_rels\/([^/]+)\.rels$/.exec(name);
    if (!match) continue;
    const partName = `${match[1]}${match[2]}`;
    let rels = text(name);
    let part = entries[partName] ? text(partName) : undefined;
    for (const [, id] of rels.matchAll(/Id="([^"]+)"/g)) {
      if (/^rId\d+$/.test(id!)) continue; // the package's own numbered ids are already stable
      counter += 1;
      const stable = `rIdStable${counter}`;
      rels = rels.split(`Id="${id}"`).join(`Id="${stable}"`);
      if (part !== undefined) part = part.split(`"${id}"`).join(`"${stable}"`);
    }
    parts[name] = rels;
    if (part !== undefined) parts[partName] = part;
  }

  // DOS zip times are local wall-clock fields; noon of the letter's date in local fields gives
  // the same bytes in every time zone.
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const zip = new Zip(collectChunk) as CollectingZip;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  zip[CHUNKS] = chunks;
  for (const [name, data] of Object.entries(entries)) {
    // Images (the logo) are compressed already: they are stored as they are.
    const media = name.startsWith("word/media/");
    const part = media ? stored(data) : deflated(parts[name] ?? data);
    const file: ZipInputFile = {
      filename: name,
      size: part.size,
      crc: part.crc,
      compression: media ? 0 : 8, // stored or deflated
      mtime,
    };
    zip.add(file);
    file.ondata!(null, part.data, true);
  }
  zip.end();
  return concatBytes(chunks);
}

const CHUNKS = Symbol("the zip's output so far");
type CollectingZip = Zip & { [CHUNKS]?: Uint8Array<ArrayBuffer>[] };

/**
 * The zip's output callback: one function for every letter, the chunks kept on the zip itself.
 * A callback made per letter (a closure over its chunks), once fflate had called it, kept the
 * letter's package alive through the young-generation collections until the next full one,
 * like the functions pdfkit calls (see ../fast/registry.ts, fix): 31 MB more in
 * the old generation over 400 letters (22 MB instead of 31, measured 2026-11-30).
 */
function collectChunk(this: CollectingZip, error: Error | null, chunk: Uint8Array): void {
  if (error) throw error;
  this[CHUNKS]!.push(chunk as Uint8Array<ArrayBuffer>);
}

interface Deflated {
  readonly data: Uint8Array<ArrayBuffer>;
  readonly crc: number;
  readonly size: number;
}

// Most parts (styles, theme, numbering, settings...) are the same in every letter; they are
// compressed once. The cache is bounded: a batch's many different letters must not grow it.
const deflatedParts = new Map<PartData, Deflated>();
const MAX_CACHED_PARTS = 256;

/** A part as it is, for the zip. */
function stored(data: PartData): Deflated {
  const bytes = typeof data === "string" ? strToU8(data) : data;
  return { data: bytes as Uint8Array<ArrayBuffer>, crc: crc32(bytes), size: bytes.length };
}

/** A part compressed for the zip (deflate, level 6), with its CRC-32 and size. */
function deflated(data: PartData): Deflated {
  let part = deflatedParts.get(data);
  if (!part) {
    const bytes = typeof data === "string" ? strToU8(data) : data;
    part = {
      data: deflateRaw(bytes, 6) as Uint8Array<ArrayBuffer>,
      crc: crc32(bytes),
      size: bytes.length,
    };
    if (typeof data === "string") {
      if (deflatedParts.size >= MAX_CACHED_PARTS) deflatedParts.clear();
      deflatedParts.set(data, part);
    }
  }
  return part;
}
