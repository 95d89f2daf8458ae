/** What a PDF reader sees in a letter: its text, links, metadata and structure. */
export interface PdfContent {
  readonly pages: number;
  /** Text in reading order; lines end with "\n". */
  readonly text: string;
  /** The text of each page, in the same form. */
  readonly pageTexts: readonly string[];
  /** The right edge of the widest text item on any page, in points: text must stay in the margins. */
  readonly maxTextRight: number;
  readonly links: readonly string[];
  readonly info: Readonly<Record<string, unknown>>;
  /** Raw XMP metadata, when the file has it. */
  readonly xmp?: string;
  /** Structure roles in document order (H1, P, L, LI, Link...), from the structure tree. */
  readonly roles: readonly string[];
  /**
   * The text of each marked-content section in reading order, with its tag (H1, P, LBody, Link,
   * Artifact...) and whether it starts on a new line: what tells headings, paragraphs and list
   * items apart (readability measures sentences per block).
   */
  readonly sections: readonly PdfSection[];
  readonly lang?: string;
}

export interface PdfSection {
  /** The marked-content tag ("" for text outside any). */
  readonly tag: string;
  /**
   * Its lines joined by a space (or nothing after a line that ends in "-" or "/"); spaces at its
   * ends kept, as a section may stop mid-line (before a link).
   */
  readonly text: string;
  readonly startsLine: boolean;
}

interface MarkedItem {
  type?: string;
  tag?: string;
}

interface StructNode {
  role?: string;
  children?: StructNode[];
}

/** Reads a PDF with pdf.js, the same JavaScript reader browsers use. */
export async function readPdf(data: Uint8Array): Promise<PdfContent> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const pdf = await task.promise;
  try {
    const pageTexts: string[] = [];
    let maxTextRight = 0;
    const links: string[] = [];
    const roles: string[] = [];
    const sections: PdfSection[] = [];
    const walk = (node: StructNode | null | undefined) => {
      if (!node) return;
      if (node.role) roles.push(node.role);
      for (const child of node.children ?? []) walk(child);
    };
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      // With the marked content (the tags of the structure): `text` reads only the strings.
      const content = await page.getTextContent({ includeMarkedContent: true });
      let pageText = "";
      let depth = 0;
      let section: { tag: string; text: string; startsLine: boolean } | undefined;
      for (const item of content.items) {
        if (!("str" in item)) {
          const marked = item as MarkedItem;
          if (marked.type === "endMarkedContent") {
            depth = Math.max(0, depth - 1);
            if (depth === 0 && section) sections.push(section);
            if (depth === 0) section = undefined;
          } else if (marked.type?.startsWith("beginMarkedContent")) {
            if (depth === 0) section = { tag: marked.tag ?? "", text: "", startsLine: false };
            depth += 1;
          }
          continue;
        }
        if (section) {
          // The renderer starts each new line with an empty string that ends a line.
          if (section.text === "" && item.str === "" && item.hasEOL) section.startsLine = true;
          section.text += item.str;
          if (item.hasEOL && section.text !== "" && !/[-/]$/.test(section.text))
            section.text += " ";
        }
        pageText += item.str + (item.hasEOL ? "\n" : "");
        if (item.str.trim() !== "")
          maxTextRight = Math.max(maxTextRight, (item.transform[4] as number) + item.width);
      }
      pageTexts.push(pageText);
      // The end of a page ends a line, though its last line has no end-of-line mark: a paragraph
      // that runs on to the next page read "VlaamseToezichtcommissie" without this.
      // (The page's footer, an artifact, comes after it.)
      const index = sections.findLastIndex((x) => x.tag !== "Artifact");
      const last = sections[index];
      if (last && !/[\s/-]$/.test(last.text)) sections[index] = { ...last, text: `${last.text} ` };
      for (const annotation of await page.getAnnotations()) {
        if (annotation.subtype === "Link" && typeof annotation.url === "string")
          links.push(annotation.url);
      }
      walk((await page.getStructTree()) as StructNode | null);
    }
    const metadata = await pdf.getMetadata();
    const raw = metadata.metadata as unknown as { getRaw?: () => string } | null;
    const lang = (metadata.info as { Language?: string }).Language;
    return {
      pages: pdf.numPages,
      text: pageTexts.join("\n"),
      pageTexts,
      maxTextRight,
      links,
      info: metadata.info as Record<string, unknown>,
      ...(raw?.getRaw ? { xmp: raw.getRaw() } : {}),
      roles,
      sections,
      ...(lang ? { lang } : {}),
    };
  } finally {
    await pdf.destroy();
  }
}
