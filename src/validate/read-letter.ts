import path from "node:path";
import { normalizeText } from "../checklist/normalize-text.js";
import { documentText } from "../document/document-text.js";
import { markdownToBlocks } from "../document/markdown-to-blocks.js";
import { UserError } from "../errors/user-error.js";
import { readDocx } from "../extract/read-docx.js";
import { decodeUtf8 } from "../files/decode-utf8.js";
import { readBounded } from "../files/read-bounded.js";
import { toolFacts, toolIds } from "../tools/tool-catalog.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";

export const LETTER_EXTENSIONS = [".pdf", ".docx", ".md", ".txt"] as const;
const MAX_LETTER_BYTES = 20 * 1024 * 1024;

export interface LetterText {
  readonly text: string;
  /** Title and subject from the file's metadata, or its first heading. */
  readonly title: string;
}

/** Extracts a letter's text the way its reader would: pdf.js for PDF, the XML for DOCX. */
export async function readLetter(file: string): Promise<LetterText> {
  const extension = path.extname(file).toLowerCase();
  if (!(LETTER_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new UserError("validate.unsupportedFile", { file });
  }
  return readLetterData(file, await readBounded(file, MAX_LETTER_BYTES));
}

/**
 * The same, for a letter already in memory (uploaded to the web page); `file` names it, and its
 * extension says the format.
 */
export async function readLetterData(file: string, data: Uint8Array): Promise<LetterText> {
  const extension = path.extname(file).toLowerCase();
  if (!(LETTER_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new UserError("validate.unsupportedFile", { file });
  }
  const format = extension.slice(1).toUpperCase();
  try {
    switch (extension) {
      case ".pdf": {
        const { readPdf } = await import("../extract/read-pdf.js");
        const pdf = await readPdf(data);
        return {
          text: pdf.text,
          title: `${String(pdf.info.Title ?? "")} ${String(pdf.info.Subject ?? "")}`,
        };
      }
      case ".docx": {
        const docx = readDocx(data);
        return {
          text: docx.text,
          title: `${docx.core["dc:title"] ?? ""} ${docx.core["dc:subject"] ?? ""}`,
        };
      }
      case ".md": {
        const source = decodeUtf8(file, data);
        const text = documentText({ blocks: markdownToBlocks(source) });
        return { text, title: text.split("\n")[0] ?? "" };
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
