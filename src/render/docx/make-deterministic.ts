import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from "fflate";

/**
 * The docx package stamps the current time in docProps/core.xml and in every zip entry, and
 * gives hyperlinks and images random relationship ids, so two runs never give the same bytes.
 * The manifest's hashes must prove which text a client approved, so the package is rewritten:
 * times from the letter's date, ids numbered in order of appearance, entries re-zipped in the
 * same order with the same settings.
 */
export function makeDeterministic(
  docx: Uint8Array | Record<string, Uint8Array>,
  isoDate: string,
): Uint8Array {
  const entries = docx instanceof Uint8Array ? unzipSync(docx) : docx;
  const stamp = `${isoDate}T00:00:00Z`;
  const parts: Record<string, string> = {};
  const text = (name: string) => {
    parts[name] ??= strFromU8(entries[name]!);
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
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    const content = parts[name] !== undefined ? strToU8(parts[name]!) : data;
    zippable[name] = [content, { mtime, level: 6 }];
  }
  return zipSync(zippable);
}
