import { type Problem, UserError } from "../errors/user-error.js";
import type { Format } from "../render/registry.js";
import type { PdfRefusal } from "./render-formats.js";

/**
 * One centre's PDFs that could not be made, as one message: the pupil's letter, the parents'
 * and the guide share the character that has no font, so it is named once, with the documents
 * it kept from being a PDF, and whether the other formats asked for were made.
 */
export function pdfRefusal(
  file: string,
  refusals: readonly PdfRefusal[],
  formats: readonly Format[],
): UserError {
  const problems = new Map<string, Problem>();
  for (const refusal of refusals) {
    for (const problem of refusal.error.problems) problems.set(JSON.stringify(problem), problem);
  }
  const withEmail = refusals.some((refusal) => refusal.formats.includes("eml"));
  const othersMade = formats.some((format) => format !== "pdf" && format !== "eml");
  return new UserError(
    withEmail ? "pdf.refusedWithEmail" : "pdf.refused",
    {
      file,
      documents: refusals.map((refusal) => refusal.baseName).join(", "),
      made: othersMade ? "term.pdf.othersMade" : "term.pdf.nothingMade",
    },
    [...problems.values()],
  );
}
