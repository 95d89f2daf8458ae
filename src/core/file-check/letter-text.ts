import { documentTextBlocks } from "../checklist/readability-blocks.js";
import { plainTextBlocks, type TextBlock } from "../checklist/readability-text.js";
import { documentText } from "../document/document-text.js";
import { markdownToBlocks } from "../document/markdown-to-blocks.js";
import { UserError } from "../errors/user-error.js";
import { type DocxParagraph, readDocx } from "../extract/read-docx.js";
import type { PdfSection } from "../extract/read-pdf.js";
import { normalizeText } from "../fields/normalize-text.js";
import { decodeUtf8 } from "../files/decode-utf8.js";
import { toolFacts, toolIds } from "../tools/tool-catalog.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";
import { extensionOf } from "./file-name.js";

export const LETTER_EXTENSIONS = [".pdf", ".docx", ".md", ".txt"] as const;

export interface LetterText {
  readonly text: string;
  /** Title and subject from the file's metadata, or its first heading. */
  readonly title: string;
  /**
   * Headings and text blocks, for readability: from the structure of a PDF or DOCX, the
   * Markdown, or the layout of a text file. Absent when the file keeps no structure (an
   * untagged PDF): then the text's lines stand in (see letterBlocks).
   */
  readonly blocks?: readonly TextBlock[];
}

const TITLE_STYLES = new Set(["Title", "Titel"]);

/** Word's styles (English and Dutch ids): Title is the letter's title, Heading 1 a section. */
function docxBlocks(paragraphs: readonly DocxParagraph[]): TextBlock[] {
  return paragraphs
    .filter((p) => p.text.trim() !== "")
    .map((p) => {
      const level = /^(?:Heading|Kop)([1-9])$/.exec(p.style ?? "");
      if (TITLE_STYLES.has(p.style ?? "")) return { heading: 1, text: p.text.trim() };
      if (level)
        return { heading: Math.min(3, Number(level[1]) + 1) as 2 | 3, text: p.text.trim() };
      return { text: p.text.trim() };
    });
}

/**
 * A tagged PDF's blocks from its marked content: H1-H3 are headings; a paragraph or list body
 * that starts on a new line is a new block, and a link or a part that goes on on the same line
 * continues the block before it. Page furniture (Artifact), images and list markers are left
 * out. Undefined when the PDF has no such tags.
 */
function pdfBlocks(sections: readonly PdfSection[]): TextBlock[] | undefined {
  if (!sections.some((section) => /^(H[1-3]|P)$/.test(section.tag))) return undefined;
  const blocks: { heading?: 1 | 2 | 3; text: string }[] = [];
  let afterLabel = false;
  for (const section of sections) {
    const heading = /^H([1-3])$/.exec(section.tag);
    if (heading) {
      blocks.push({ heading: Number(heading[1]) as 1 | 2 | 3, text: section.text });
      afterLabel = false;
      continue;
    }
    if (section.tag === "Lbl") afterLabel = true;
    if (["Artifact", "Figure", "Lbl"].includes(section.tag)) continue;
    const last = blocks.at(-1);
    const goesOn = section.tag === "Link" || !section.startsLine;
    if (last && last.heading === undefined && goesOn && !afterLabel)
      last.text += (section.startsLine ? " " : "") + section.text;
    else blocks.push({ text: section.text });
    afterLabel = false;
  }
  return blocks
    .map((block) => ({ ...block, text: block.text.replace(/\s+/g, " ").trim() }))
    .filter((block) => block.text !== "");
}

/** A letter's blocks for readability: its own, or its text's lines read as plain text. */
export function letterBlocks(letter: LetterText, endHeading: string): readonly TextBlock[] {
  return letter.blocks ?? plainTextBlocks(letter.text, endHeading);
}

/**
 * The same, for a letter already in memory (uploaded to the web page); `file` names it, and its
 * extension says the format.
 */
export async function readLetterData(file: string, data: Uint8Array): Promise<LetterText> {
  const extension = extensionOf(file).toLowerCase();
  if (!(LETTER_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new UserError("validate.unsupportedFile", { file });
  }
  const format = extension.slice(1).toUpperCase();
  try {
    switch (extension) {
      case ".pdf": {
        const { readPdf } = await import("../extract/read-pdf.js");
        const pdf = await readPdf(data);
        const blocks = pdfBlocks(pdf.sections);
        return {
          // A tagged PDF is read without its page furniture (artifacts): the footer of a page
          // break in the middle of a clause ("… de Vlaamse" / footer / "Toezichtcommissie …")
          // hid the clause from the check.
          text: blocks ? blocks.map((block) => block.text).join("\n") : pdf.text,
          title: `${String(pdf.info.Title ?? "")} ${String(pdf.info.Subject ?? "")}`,
          ...(blocks ? { blocks } : {}),
        };
      }
      case ".docx": {
        const docx = readDocx(data);
        return {
          text: docx.text,
          title: `${docx.core["dc:title"] ?? ""} ${docx.core["dc:subject"] ?? ""}`,
          blocks: docxBlocks(docx.paragraphs),
        };
      }
      case ".md": {
        const source = decodeUtf8(file, data);
        const parsed = { blocks: markdownToBlocks(source) };
        const text = documentText(parsed);
        return { text, title: text.split("\n")[0] ?? "", blocks: documentTextBlocks(parsed) };
      }
      default: {
        const text = decodeUtf8(file, data);
        const title = text.split("\n").find((line) => /beeldbellen met/i.test(line)) ?? "";
        return { text, title };
      }
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError("validate.unreadable", { file, format }, [], { cause: error });
  }
}

/** The tool a letter is for: named in its title, else the one its text names most. */
export function guessTool(letter: LetterText, tools: ToolsFile): ToolId | undefined {
  const title = normalizeText(letter.title);
  const ids = toolIds(tools);
  const inTitle = ids.filter((id) => title.includes(normalizeText(toolFacts(tools, id).name)));
  if (inTitle.length === 1) return inTitle[0];
  const text = normalizeText(letter.text);
  const counts = ids.map((id) => ({
    id,
    count: text.split(normalizeText(toolFacts(tools, id).shortName)).length - 1,
  }));
  counts.sort((a, b) => b.count - a.count);
  const [first, second] = counts;
  return first && first.count > 0 && first.count > (second?.count ?? 0) ? first.id : undefined;
}
