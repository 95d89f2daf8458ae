import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";

export interface DocxParagraph {
  /** The paragraph style id (`Title`, `Heading1`, ...), if any. */
  readonly style?: string;
  readonly text: string;
  /** Numbering (`w:numPr`) when the paragraph is a list item. */
  readonly numbering?: { readonly numId: string; readonly level: number };
}

export interface DocxContent {
  readonly paragraphs: readonly DocxParagraph[];
  /** Body text, one paragraph per line. */
  readonly text: string;
  readonly links: readonly { readonly text: string; readonly target: string }[];
  readonly headerText: string;
  readonly footerText: string;
  /** Field codes used in header and footer (PAGE, NUMPAGES...). */
  readonly fields: readonly string[];
  readonly core: Readonly<Record<string, string>>;
  /** The raw XML of every part, for tests that look deeper. */
  readonly parts: Readonly<Record<string, string>>;
}

type XmlNode = Record<string, unknown> & { ":@"?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== ":@");
}

function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const value = tag ? node[tag] : undefined;
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

// Properties (whose w:tabs hold tab stops, not tab characters), field codes and deleted text.
const SKIPPED = new Set(["w:pPr", "w:rPr", "w:sectPr", "w:instrText", "w:delText", "w:fldChar"]);

/** Text of a node: w:t runs, tabs and breaks; field instructions and deleted text are skipped. */
function textOf(nodes: readonly XmlNode[]): string {
  let out = "";
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === "#text") continue;
    if (tag === "w:t")
      out += childrenOf(node)
        .map((c) => String(c["#text"] ?? ""))
        .join("")
        // The line-break marks of the renderer (see document/break-rules.ts) as a reader sees
        // them: a no-break space is a space, a word joiner or zero-width space is nothing.
        .replace(/\u00A0/g, " ")
        .replace(/[\u2060\u200B]/g, "");
    else if (tag === "w:tab") out += "\t";
    else if (tag === "w:br" || tag === "w:cr") out += "\n";
    else if (SKIPPED.has(tag ?? "")) continue;
    else out += textOf(childrenOf(node));
  }
  return out;
}

function find(nodes: readonly XmlNode[], tag: string, out: XmlNode[] = []): XmlNode[] {
  for (const node of nodes) {
    if (tagOf(node) === tag) out.push(node);
    else find(childrenOf(node), tag, out);
  }
  return out;
}

function relsOf(xml: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (!xml) return map;
  for (const rel of find(parser.parse(xml) as XmlNode[], "Relationship")) {
    const attrs = rel[":@"] ?? {};
    if (attrs.Id && attrs.Target) map.set(attrs.Id, attrs.Target);
  }
  return map;
}

// A zip bomb disguised as a .docx: fflate inflates each part into a buffer of the size the zip
// declares, so bounding the declared sizes (and the number of parts) bounds the memory used.
// A real letter's XML is well under a megabyte; Word documents have a few dozen parts.
export const MAX_DOCX_XML_BYTES = 64 * 1024 * 1024;
export const MAX_DOCX_PARTS = 5000;

/** Reads a .docx by unzipping it and parsing its XML: what Word or LibreOffice would show. */
export function readDocx(data: Uint8Array): DocxContent {
  let partCount = 0;
  let xmlBytes = 0;
  const entries = unzipSync(data, {
    filter: (file) => {
      partCount += 1;
      if (partCount > MAX_DOCX_PARTS)
        throw new Error(`more than ${MAX_DOCX_PARTS} parts in the zip`);
      // Images and fonts are never read: skip them without inflating.
      if (!(file.name.endsWith(".xml") || file.name.endsWith(".rels"))) return false;
      xmlBytes += file.originalSize;
      if (xmlBytes > MAX_DOCX_XML_BYTES) {
        throw new Error(`the zip's XML inflates to more than ${MAX_DOCX_XML_BYTES} bytes`);
      }
      return true;
    },
  });
  const parts: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(entries)) {
    if (name.endsWith(".xml") || name.endsWith(".rels")) parts[name] = strFromU8(bytes);
  }
  const documentXml = parts["word/document.xml"];
  if (!documentXml) throw new Error("not a Word document: word/document.xml is missing");
  const rels = relsOf(parts["word/_rels/document.xml.rels"]);
  const tree = parser.parse(documentXml) as XmlNode[];

  const paragraphs: DocxParagraph[] = [];
  const links: { text: string; target: string }[] = [];
  for (const p of find(tree, "w:p")) {
    const props = childrenOf(p).find((c) => tagOf(c) === "w:pPr");
    const propChildren = props ? childrenOf(props) : [];
    const style = propChildren.find((c) => tagOf(c) === "w:pStyle")?.[":@"]?.["w:val"];
    const numPr = propChildren.find((c) => tagOf(c) === "w:numPr");
    const numId = numPr
      ? childrenOf(numPr).find((c) => tagOf(c) === "w:numId")?.[":@"]?.["w:val"]
      : undefined;
    const ilvl = numPr
      ? childrenOf(numPr).find((c) => tagOf(c) === "w:ilvl")?.[":@"]?.["w:val"]
      : undefined;
    const content = childrenOf(p).filter((c) => tagOf(c) !== "w:pPr");
    paragraphs.push({
      ...(style ? { style } : {}),
      text: textOf(content),
      ...(numId && numId !== "0" ? { numbering: { numId, level: Number(ilvl ?? 0) } } : {}),
    });
    for (const link of find(content, "w:hyperlink")) {
      const id = link[":@"]?.["r:id"];
      // Word keeps a link's fragment (#...) apart from its address, in w:anchor.
      const anchor = link[":@"]?.["w:anchor"];
      const address = id ? rels.get(id) : undefined;
      const target = address && anchor ? `${address}#${anchor}` : address;
      if (target) links.push({ text: textOf(childrenOf(link)), target });
    }
  }

  const furniture = (prefix: string) =>
    Object.keys(parts)
      .filter((name) => new RegExp(`^word/${prefix}\\d*\\.xml$`).test(name))
      .sort()
      .map((name) => textOf(parser.parse(parts[name]!) as XmlNode[]))
      .join("\n");
  const fields: string[] = [];
  for (const name of Object.keys(parts).filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n))) {
    const xml = parts[name]!;
    for (const match of xml.matchAll(
      /<w:instrText[^>]*>([^<]*)<\/w:instrText>|w:instr="([^"]*)"/g,
    )) {
      const code = (match[1] ?? match[2] ?? "").trim().split(/\s+/)[0];
      if (code) fields.push(code);
    }
  }
  const core: Record<string, string> = {};
  for (const node of (parser.parse(parts["docProps/core.xml"] ?? "") as XmlNode[]).flatMap(
    childrenOf,
  )) {
    const tag = tagOf(node);
    if (tag && tag !== "#text")
      core[tag] =
        textOf([node]) ||
        childrenOf(node)
          .map((c) => String(c["#text"] ?? ""))
          .join("");
  }

  return {
    paragraphs,
    text: paragraphs.map((p) => p.text).join("\n"),
    links,
    headerText: furniture("header"),
    footerText: furniture("footer"),
    fields,
    core,
    parts,
  };
}
