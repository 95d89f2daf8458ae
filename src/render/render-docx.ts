import {
  Document as DocxDocument,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  TabStopType,
  TextRun,
} from "docx";
import type { Block, Document, Run } from "../document/document.js";
import { NUMBERING, PAGE, pt, STYLES } from "./docx/docx-styles.js";
import { makeDeterministic, type PartData } from "./docx/make-deterministic.js";
import { compileParts, type DocxCompiler } from "./docx/static-parts.js";
import { xmlSafe } from "./docx/xml-safe.js";

const HEADINGS = {
  1: HeadingLevel.TITLE,
  2: HeadingLevel.HEADING_1,
  3: HeadingLevel.HEADING_2,
} as const;

/**
 * The package's parts, unzipped. docx's Packer zips them (and makeDeterministic must unzip them
 * again); its compiler gives them directly, which saves a third of a DOCX letter's time, and
 * the parts that are the same in every letter are compiled once (see compileParts). The
 * compiler is not public API, so without it the zipped package is used.
 */
async function packageParts(
  file: DocxDocument,
  logo: Uint8Array | undefined,
): Promise<Uint8Array | Record<string, PartData>> {
  const compiler = docxCompiler();
  if (!compiler) return Packer.toBuffer(file);
  const parts = compileParts(compiler, file);
  let placed = false;
  for (const [name, data] of parts) {
    if (name.startsWith("word/media/") && data instanceof Uint8Array && isLogoStandIn(data)) {
      if (!logo) throw new Error("docx wrote a logo stand-in into a letter without a logo");
      parts.set(name, logo);
      placed = true;
    }
  }
  if (logo && !placed) throw new Error("docx did not write the logo stand-in as an image part");
  return Object.fromEntries(parts);
}

function docxCompiler(): DocxCompiler | undefined {
  const compiler = (Packer as unknown as { compiler?: DocxCompiler }).compiler;
  if (typeof compiler?.compile !== "function" || typeof compiler.formatter?.format !== "function")
    return undefined;
  return compiler;
}

/**
 * docx names an image by a SHA-1 of its bytes, computed in JavaScript: in every letter 2.7 ms
 * for a 150 KB logo, 53 ms for one of 2 MB (measured). Where the letter is compiled part by
 * part, docx gets these few bytes instead, and the logo's bytes take their place in the image
 * part.
 */
const LOGO_STAND_IN = new TextEncoder().encode("clb-consent: logo");

function isLogoStandIn(data: Uint8Array): boolean {
  return data.length === LOGO_STAND_IN.length && LOGO_STAND_IN.every((byte, i) => data[i] === byte);
}

/** A link target Word accepts: percent-encoded (`<` and spaces are not allowed in a URI). */
function linkTarget(href: string): string {
  try {
    return new URL(href).href;
  } catch {
    return encodeURI(href);
  }
}

interface ListContext {
  readonly reference: "bullets" | "numbered";
  readonly level: number;
  readonly instance: number;
}

/**
 * A Word document a privacy officer can edit: real styles (Title, Heading 1/2), real
 * numbering, hyperlinks with the Hyperlink style, Dutch (nl-BE) as the language of all text,
 * header with the centre's name and logo, footer with PAGE / NUMPAGES fields.
 */
export async function renderDocx(doc: Document): Promise<Uint8Array> {
  const { meta } = doc;
  let listInstance = 0;
  const paragraphs: Paragraph[] = [];

  const runsOf = (runs: readonly Run[]): ParagraphChild[] => {
    const children: ParagraphChild[] = [];
    for (let i = 0; i < runs.length; ) {
      const href = runs[i]!.href;
      let j = i;
      while (j < runs.length && runs[j]!.href === href) j += 1;
      const group = runs.slice(i, j);
      const textRuns = group.map(
        (run) =>
          new TextRun({
            text: xmlSafe(run.text),
            // Only what is set: an explicit "not bold" would undo the bold of a heading's style.
            ...(run.bold ? { bold: true } : {}),
            ...(run.italic ? { italics: true } : {}),
            ...(href === undefined ? {} : { style: "Hyperlink" }),
          }),
      );
      if (href === undefined) children.push(...textRuns);
      else {
        children.push(new ExternalHyperlink({ link: linkTarget(href), children: textRuns }));
        const shown = href.replace(/^mailto:/, "");
        if (
          group
            .map((r) => r.text)
            .join("")
            .trim() !== shown
        )
          children.push(new TextRun({ text: ` (${xmlSafe(shown)})` }));
      }
      i = j;
    }
    return children;
  };

  const add = (block: Block, list?: ListContext): void => {
    switch (block.type) {
      case "heading":
        paragraphs.push(
          new Paragraph({ heading: HEADINGS[block.level], children: runsOf(block.runs) }),
        );
        return;
      case "paragraph":
        paragraphs.push(
          new Paragraph({
            children: runsOf(block.runs),
            ...(list
              ? {
                  numbering: {
                    reference: list.reference,
                    level: list.level,
                    instance: list.instance,
                  },
                }
              : {}),
          }),
        );
        return;
      case "list": {
        listInstance += 1;
        const context: ListContext = {
          reference: block.ordered ? "numbered" : "bullets",
          level: list ? Math.min(list.level + 1, 2) : 0,
          instance: listInstance,
        };
        for (const item of block.items) {
          // The item's first paragraph carries the number; later ones are indented text.
          item.blocks.forEach((child, index) => {
            if (index === 0 && child.type === "paragraph") add(child, context);
            else if (child.type === "paragraph") {
              paragraphs.push(
                new Paragraph({
                  children: runsOf(child.runs),
                  indent: { left: pt(18 * (context.level + 1)) },
                }),
              );
            } else add(child, context);
          });
        }
        return;
      }
    }
  };
  for (const block of doc.blocks) add(block);

  const headerChildren: ParagraphChild[] = [];
  if (meta.logo) {
    const scale = Math.min(186 / meta.logo.width, 53 / meta.logo.height, 1); // 140 x 40 pt at 96 dpi
    headerChildren.push(
      new ImageRun({
        type: meta.logo.format === "png" ? "png" : "jpg",
        data: docxCompiler() ? LOGO_STAND_IN : meta.logo.data,
        transformation: {
          width: Math.round(meta.logo.width * scale),
          height: Math.round(meta.logo.height * scale),
        },
        // A fixed id: docx numbers drawings with a process-wide counter, which breaks reproducibility.
        altText: {
          id: "1",
          name: "Logo",
          title: "Logo",
          description: `Logo van ${xmlSafe(meta.centreName)}`,
        },
      }),
      new TextRun({ text: "\t" }),
    );
  }
  headerChildren.push(new TextRun({ text: xmlSafe(meta.centreName), bold: true }));
  const right = PAGE.width - PAGE.margin.left - PAGE.margin.right;

  const file = new DocxDocument({
    creator: meta.centreName,
    lastModifiedBy: meta.centreName,
    title: meta.title,
    subject: meta.subject,
    keywords: meta.keywords.join(", "),
    description: `${meta.subject} – versie ${meta.version}, ${meta.dateText}`,
    styles: STYLES,
    numbering: NUMBERING,
    features: { updateFields: false },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                style: "PageFurniture",
                tabStops: [{ type: TabStopType.RIGHT, position: right }],
                children: headerChildren,
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: "PageFurniture",
                tabStops: [{ type: TabStopType.RIGHT, position: right }],
                children: [
                  new TextRun({ text: xmlSafe(`Versie ${meta.version} – ${meta.dateText}`) }),
                  new TextRun({
                    children: ["\tPagina ", PageNumber.CURRENT, " van ", PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: paragraphs,
      },
    ],
  });
  return makeDeterministic(await packageParts(file, meta.logo?.data), meta.date);
}
