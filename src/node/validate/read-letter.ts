import path from "node:path";
import { UserError } from "../../core/errors/user-error.js";
import {
  LETTER_EXTENSIONS,
  type LetterText,
  readLetterData,
} from "../../core/file-check/letter-text.js";
import { readBounded } from "../io/read-bounded.js";

export {
  guessTool,
  LETTER_EXTENSIONS,
  type LetterText,
  letterBlocks,
  readLetterData,
} from "../../core/file-check/letter-text.js";

const MAX_LETTER_BYTES = 20 * 1024 * 1024;

/** Extracts a letter's text the way its reader would: pdf.js for PDF, the XML for DOCX. */
export async function readLetter(file: string): Promise<LetterText> {
  const extension = path.extname(file).toLowerCase();
  if (!(LETTER_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new UserError("validate.unsupportedFile", { file });
  }
  return readLetterData(file, await readBounded(file, MAX_LETTER_BYTES));
}
