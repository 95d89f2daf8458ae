import {
  Document as DocxDocument,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  TabStopType,
  TextRun,
} from "docx";
import { introducesNext, isFillInLine, paperText } from "../document/break-rules.js";
import type { Block, Document, Run } from "../document/document.js";
import { linkGroups } from "../document/document-text.js";
import { letterWords } from "../document/letter-words.js";
import { blockDir } from "../document/own-language.js";
import { docxNumbering, docxStyles, headerRule, PAGE, pt } from "./docx/docx-styles.js";
import { makeDeterministic } from "./docx/make-deterministic.js";
import { xmlSafe } from "./docx/xml-safe.js";
import { LOGO_STAND_IN, packageParts } from "./fast/docx.js";
import { logoScale, PAGE_LAYOUT } from "./page-layout.js";
import { RTL_LETTER } from "./rtl-letter.js";

/** The paragraphs of sections with lines to fill in, except each section's last block. */
function signatureSections(blocks: readonly Block[]): Set<Block> {
  const kept = new Set<Block>();
  blocks.forEach((block, index) => {
    if (block.type !== "heading") return;
    let end = index + 1;
    while (end < blocks.length && blocks[end]!.type !== "heading") end += 1;
    const section = blocks.slice(index + 1, end);
    if (!section.some(isFillInLine)) return;
    for (const inner of section.slice(0, -1)) kept.add(inner);
  });
  return kept;
}

const HEADINGS = {
  1: HeadingLevel.TITLE,
  2: HeadingLevel.HEADING_1,
  3: HeadingLevel.HEADING_2,
} as const;

/** A link target Word accepts: percent-encoded (`<` and spaces are not allowed in a URI). */
function linkTarget(href: string): string {
  try {
    return new URL(href).href;
  } catch {
    return encodeURI(href);
  }
}

/**
 * In a right-to-left letter, the run's direction (w:rtl): right to left for Arabic text and for
 * runs of spaces and punctuation between it; a run with no right-to-left letter but Latin letters
 * or digits (a web address, an e-mail address, a phone number) reads left to right.
 */
function runsRightToLeft(text: string): boolean {
  return RTL_LETTER.test(text) || !/[\p{L}\p{N}]/u.test(text);
}

interface ListContext {
  readonly reference: "bullets" | "numbered";
  readonly level: number;
  readonly instance: number;
}

/**
 * A Word document a privacy officer can edit: real styles (Title, Heading 1/2), real
 * numbering, hyperlinks with the Hyperlink style, the letter's language (meta.lang) as the
 * language of all text, header with the centre's name and logo, footer with PAGE / NUMPAGES
 * fields. A right-to-left letter (meta.dir "rtl") has right-to-left paragraphs (w:bidi, which
 * start at the right margin and put list numbers and the header's name on the right) and runs.
 */
export async function renderDocx(doc: Document): Promise<Uint8Array> {
  const { meta } = doc;
  const rightToLeft = meta.dir === "rtl";
  // Nothing added to a left-to-right letter: its bytes stay as they were.
  const paragraphDirection = rightToLeft ? { bidirectional: true } : {};
  const runDirection = (text: string, rtl = rightToLeft) =>
    rtl && runsRightToLeft(text) ? { rightToLeft: true } : {};
  // A paragraph in a language of its own (a translation's Dutch notice line): its direction
  // (no w:bidi and no w:rtl when it reads left to right) and its language on each run (w:lang).
  const ownRtl = (block: Block) => rightToLeft && blockDir(block, "rtl") === "rtl";
  const ownDirection = (block: Block) => (ownRtl(block) ? paragraphDirection : {});
  const words = letterWords(meta);
  let listInstance = 0;
  const paragraphs: Paragraph[] = [];

  const runsOf = (runs: readonly Run[], own?: Block): ParagraphChild[] =>
    linkGroups(runs).flatMap((group): ParagraphChild[] => {
      const run0 = { bold: false, italic: false } as const;
      const rtl = own ? ownRtl(own) : rightToLeft;
      const lang = own?.type === "paragraph" ? own.lang : undefined;
      const textRuns = group.runs.map(
        (run) =>
          new TextRun({
            text: xmlSafe(paperText(run)),
            ...runDirection(run.text, rtl),
            ...(lang === undefined ? {} : { language: { value: lang } }),
            // Only what is set: an explicit "not bold" would undo the bold of a heading's style.
            ...(run.bold ? { bold: true } : {}),
            ...(run.italic ? { italics: true } : {}),
            ...(group.href === undefined ? {} : { style: "Hyperlink" }),
          }),
      );
      if (group.href === undefined) return textRuns;
      const link = new ExternalHyperlink({ link: linkTarget(group.href), children: textRuns });
      if (group.address === undefined) return [link];
      const address = xmlSafe(paperText({ ...run0, text: group.address, keep: "url" }));
      // Right to left, the brackets are runs of their own that read right to left: in the
      // address's left-to-right run they would face the wrong way.
      if (rtl) {
        return [
          link,
          new TextRun({ text: " (", rightToLeft: true }),
          new TextRun({ text: address }),
          new TextRun({ text: ")", rightToLeft: true }),
        ];
      }
      return [link, new TextRun({ text: ` (${address})` })];
    });

  // The signature block (a section with lines to fill in) stays on one page: each of its
  // paragraphs but the last is kept with the next.
  const keepTogether = signatureSections(doc.blocks);
  const add = (block: Block, list?: ListContext): void => {
    switch (block.type) {
      case "heading":
        paragraphs.push(
          new Paragraph({
            ...paragraphDirection,
            heading: HEADINGS[block.level],
            children: runsOf(block.runs),
            ...(block.newPage ? { pageBreakBefore: true } : {}),
          }),
        );
        return;
      case "paragraph":
        paragraphs.push(
          new Paragraph({
            ...ownDirection(block),
            children: runsOf(block.runs, block),
            // No single line of the paragraph alone at the top or bottom of a page (docx's
            // styles cannot carry it, so every body paragraph says so).
            widowControl: true,
            ...(isFillInLine(block) ? { style: "FillIn" } : {}),
            ...(keepTogether.has(block) ? { keepNext: true, keepLines: true } : {}),
            // A paragraph ending in a colon stays on the page of what it introduces.
            ...(introducesNext(block) && !keepTogether.has(block) ? { keepNext: true } : {}),
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
                  ...paragraphDirection,
                  children: runsOf(child.runs),
                  widowControl: true,
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

  // As in the PDF: the centre's name on the left, the logo on the right, a rule below (right to
  // left: mirrored, the name on the right).
  const headerChildren: ParagraphChild[] = [
    new TextRun({ text: xmlSafe(meta.centreName), bold: true, ...runDirection(meta.centreName) }),
  ];
  if (meta.logo) {
    // docx sizes images in pixels at 96 dpi: the logo box of the page, in whole pixels.
    const scale = logoScale(meta.logo.width, meta.logo.height, {
      maxWidth: Math.floor((PAGE_LAYOUT.logo.maxWidth * 96) / 72),
      maxHeight: Math.floor((PAGE_LAYOUT.logo.maxHeight * 96) / 72),
    });
    headerChildren.push(
      new TextRun({ text: "\t" }),
      new ImageRun({
        type: meta.logo.format === "png" ? "png" : "jpg",
        data: LOGO_STAND_IN, // the logo takes its place (see ./fast/docx.ts)
        transformation: {
          width: Math.round(meta.logo.width * scale),
          height: Math.round(meta.logo.height * scale),
        },
        // A fixed id: docx numbers drawings with a process-wide counter, which breaks reproducibility.
        altText: {
          id: "1",
          name: "Logo",
          title: "Logo",
          description: xmlSafe(words.logoOf(meta.centreName)),
        },
      }),
    );
  }
  const right = PAGE.width - PAGE.margin.left - PAGE.margin.right;
  // The tab to the far side of the header and footer: the right margin, or in a right-to-left
  // paragraph its end, the left margin (a tab's position counts from where the line starts).
  const farSide = { type: rightToLeft ? TabStopType.END : TabStopType.RIGHT, position: right };

  const file = new DocxDocument({
    creator: meta.centreName,
    lastModifiedBy: meta.centreName,
    title: meta.title,
    subject: meta.subject,
    keywords: meta.keywords.join(", "),
    description: words.description(meta.subject, meta.version, meta.dateText),
    styles: docxStyles(meta),
    numbering: docxNumbering(meta.dir),
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
                ...paragraphDirection,
                style: "PageFurniture",
                tabStops: [farSide],
                border: headerRule(meta.logo !== undefined),
                children: headerChildren,
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                ...paragraphDirection,
                style: "PageFurniture",
                tabStops: [farSide],
                children: [
                  new TextRun({
                    text: xmlSafe(words.versionLine(meta.version, meta.dateText)),
                    ...runDirection(words.versionLine(meta.version, meta.dateText)),
                  }),
                  new TextRun({
                    ...runDirection(words.page.before + words.page.between),
                    children: [
                      `\t${words.page.before}`,
                      PageNumber.CURRENT,
                      words.page.between,
                      PageNumber.TOTAL_PAGES,
                    ],
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
  // The static parts (styles with the language) are shared by letters of one language.
  const sameFor = `${meta.lang} ${meta.dir}`;
  return makeDeterministic(await packageParts(file, meta.logo?.data, sameFor), meta.date);
}
