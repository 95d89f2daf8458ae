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
  readonly lang?: string;
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
    const walk = (node: StructNode | null | undefined) => {
      if (!node) return;
      if (node.role) roles.push(node.role);
      for (const child of node.children ?? []) walk(child);
    };
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let pageText = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        pageText += item.str + (item.hasEOL ? "\n" : "");
        if (item.str.trim() !== "")
          maxTextRight = Math.max(maxTextRight, (item.transform[4] as number) + item.width);
      }
      pageTexts.push(pageText);
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
      ...(lang ? { lang } : {}),
    };
  } finally {
    await pdf.destroy();
  }
}
