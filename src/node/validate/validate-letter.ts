import { isUserError } from "../../core/errors/user-error.js";
import { isGuideFile, validateGuideFile } from "../../core/file-check/check-guide-file.js";
import {
  checkLetterText,
  type LetterValidationInput,
} from "../../core/file-check/check-letter-text.js";
import type { LetterText } from "../../core/file-check/letter-text.js";
import type { ValidationTarget } from "../../core/file-check/validation-target.js";
import { readLetter } from "./read-letter.js";

export { checkLetterText, type LetterValidationInput };

/** Checks one letter file (PDF, DOCX, Markdown or text), for instance one edited in Word. */
export async function validateLetter(
  file: string,
  input: LetterValidationInput,
): Promise<ValidationTarget> {
  let letter: LetterText;
  try {
    letter = await readLetter(file);
  } catch (error) {
    if (!isUserError(error)) throw error;
    return {
      kind: "letter",
      file,
      clauses: [],
      // A problem located in the file (a character that is not UTF-8) says it all.
      problems:
        error.problems.length > 0
          ? [...error.problems]
          : [{ file, key: error.key, params: error.params }],
    };
  }
  if (input.guide && isGuideFile(file, letter)) {
    return validateGuideFile(file, letter, {
      toolsFile: input.toolsFile,
      inputs: input.guide,
      ...(input.tool ? { tool: input.tool } : {}),
      ...(input.profile ? { profile: input.profile } : {}),
    });
  }
  return checkLetterText(file, letter, input);
}
