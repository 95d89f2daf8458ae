import path from "node:path";
import { describe, expect, it } from "vitest";
import { runsText } from "../../src/core/document/document.js";
import { letterWords } from "../../src/core/document/letter-words.js";
import { letterSpec } from "../../src/core/pipeline/document-spec.js";
import { renderPdf } from "../../src/core/render/render-pdf.js";
import { loadPipelineInputs, loadProfile, prepareDocument } from "../../src/node/io/index.js";
import { PROFILES } from "../helpers/cli.js";

// Issue 31, part 3: the structure tree a screen reader follows, checked element by element with
// pdf.js (the reader browsers use): the headings in the letter's order with their text, lists as
// L > LI > LBody, every link a Link element with its address, the logo a Figure with the
// centre's name as alternative text, the header and footer as artifacts, no page text outside
// the tree, the document's language and its title shown as the window's title.

interface StructNode {
  role?: string;
  alt?: string;
  lang?: string;
  type?: "content" | "annotation" | "object";
  id?: string;
  children?: StructNode[];
}

interface Tagged {
  readonly pages: number;
  /** The tree's elements in reading order, with their text and, for a Link, its address. */
  readonly elements: { role: string; text: string; alt?: string; urls: string[] }[];
  /** Text outside every element of the tree, by marked-content tag ("" for untagged). */
  readonly outside: { tag: string; text: string }[];
  readonly raw: string;
}

async function tagged(bytes: Uint8Array): Promise<Tagged> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const elements: Tagged["elements"] = [];
  const outside: Tagged["outside"] = [];
  try {
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      // The text of each marked-content id, and what lies outside the tree.
      const byId = new Map<string, string>();
      const content = await page.getTextContent({ includeMarkedContent: true });
      const open: { tag: string; id?: string }[] = [];
      for (const item of content.items as Record<string, unknown>[]) {
        if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") {
          open.push({ tag: String(item.tag ?? ""), id: item.id as string | undefined });
        } else if (item.type === "endMarkedContent") {
          open.pop();
        } else if (typeof item.str === "string" && item.str.trim() !== "") {
          // A line's end is a space between words (a heading over two lines).
          const str = item.hasEOL ? `${item.str} ` : item.str;
          const inner = open.findLast((m) => m.id !== undefined);
          if (inner?.id) byId.set(inner.id, `${byId.get(inner.id) ?? ""}${str}`);
          else outside.push({ tag: open.at(-1)?.tag ?? "", text: str });
        }
      }
      const urls = new Map<string, string>();
      for (const annotation of (await page.getAnnotations()) as Record<string, unknown>[]) {
        // unsafeUrl: the address as written (url is pdf.js's normalised form).
        const url = annotation.unsafeUrl ?? annotation.url;
        if (typeof url === "string") urls.set(String(annotation.id), url);
      }
      const textOf = (node: StructNode): string =>
        node.type === "content"
          ? (byId.get(node.id!) ?? "")
          : (node.children ?? []).map(textOf).join("");
      const urlsOf = (node: StructNode): string[] =>
        // An annotation (the link's clickable area) hangs in the tree as an object reference.
        node.type === "object" || node.type === "annotation"
          ? [urls.get(node.id!) ?? `(no address: ${node.id})`]
          : (node.children ?? []).flatMap(urlsOf);
      const walk = (node: StructNode) => {
        if (node.role) {
          elements.push({
            role: node.role,
            text: textOf(node).replace(/\s+/g, " ").trim(),
            ...(node.alt !== undefined ? { alt: node.alt } : {}),
            urls: node.role === "Link" ? urlsOf(node) : [],
          });
        }
        for (const child of node.children ?? []) if (!child.type) walk(child);
      };
      const tree = (await page.getStructTree()) as StructNode | null;
      if (tree) walk(tree);
    }
    return {
      pages: pdf.numPages,
      elements,
      outside,
      raw: Buffer.from(bytes).toString("latin1"),
    };
  } finally {
    await pdf.destroy();
  }
}

const loaded = await loadProfile(path.join(PROFILES, "clb-de-brug.yaml"));
const inputs = await loadPipelineInputs(["teams"]);
const { doc } = prepareDocument(loaded, letterSpec("teams", "parents"), inputs);
const pdf = await tagged(await renderPdf(doc));

describe("the PDF's structure tree, element by element (De Brug, Teams, the parents' letter)", () => {
  it("has the letter's headings, in its order, as H1, H2 and H3 with their text", () => {
    const expected = doc.blocks
      .filter((b) => b.type === "heading")
      .map((b) => `H${b.level} ${runsText(b.runs).replace(/\s+/g, " ").trim()}`);
    const found = pdf.elements
      .filter((e) => /^H\d$/.test(e.role))
      .map((e) => `${e.role} ${e.text}`);
    expect(expected.length).toBeGreaterThan(8);
    expect(found).toEqual(expected);
  });

  it("has each list as L with LI elements, each holding an LBody with text", () => {
    const lists = doc.blocks.filter((b) => b.type === "list").length;
    expect(pdf.elements.filter((e) => e.role === "L").length).toBe(lists);
    const items = pdf.elements.filter((e) => e.role === "LI");
    const bodies = pdf.elements.filter((e) => e.role === "LBody");
    expect(items.length).toBeGreaterThan(3);
    expect(bodies.length).toBe(items.length);
    for (const body of bodies) expect(body.text).not.toBe("");
  });

  it("has every link as a Link element with its address", () => {
    const hrefs = new Set(
      JSON.stringify(doc.blocks)
        .match(/"href":"[^"]+"/g)!
        .map((h) => h.slice(8, -1)),
    );
    const links = pdf.elements.filter((e) => e.role === "Link");
    expect(links.length).toBeGreaterThanOrEqual(hrefs.size);
    for (const link of links) {
      expect(link.urls.length, link.text).toBeGreaterThan(0);
      for (const url of link.urls) expect(hrefs, `${link.text} -> ${url}`).toContain(url);
    }
    expect(new Set(links.flatMap((l) => l.urls))).toEqual(hrefs);
  });

  it("has the logo as one Figure whose alternative text names the centre", () => {
    const figures = pdf.elements.filter((e) => e.role === "Figure");
    expect(figures).toHaveLength(1);
    expect(figures[0]!.alt).toBe(letterWords(doc.meta).logoOf("Vrij CLB De Brug"));
    expect(figures[0]!.alt).toContain("Vrij CLB De Brug");
  });

  it("marks the running header and footer as artifacts, and leaves no other text outside the tree", () => {
    expect(pdf.pages).toBeGreaterThan(1);
    const untagged = pdf.outside.filter((o) => o.tag !== "Artifact");
    expect(untagged).toEqual([]);
    const artifacts = pdf.outside.map((o) => o.text).join(" ");
    expect(artifacts).toContain(`Pagina 2 van ${pdf.pages}`);
    expect(artifacts).toContain("Vrij CLB De Brug");
    // The footer is never read as the letter's text.
    expect(pdf.elements.some((e) => /Pagina \d+ van/.test(e.text))).toBe(false);
  });

  it("is in Dutch (Belgium) and shows its title as the window's title", () => {
    expect(pdf.raw).toMatch(/\/Lang \(nl-BE\)/);
    expect(pdf.raw).toMatch(/\/DisplayDocTitle true/);
    expect(pdf.raw).toContain("/MarkInfo");
  });
});
