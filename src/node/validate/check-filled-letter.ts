import {
  type CheckValues,
  checkClauses,
  findPlaceholders,
} from "../../core/checklist/check-clauses.js";
import type { Checklist } from "../../core/checklist/checklist-schema.js";
import type { Document } from "../../core/document/document.js";
import { documentText, emptyLinks } from "../../core/document/document-text.js";
import { isUserError, type Problem } from "../../core/errors/user-error.js";
import { mistakeProblems } from "../../core/file-check/check-letter-text.js";
import type { ToolId } from "../../core/tools/tool-ids.js";
import type { ValidationTarget } from "./validation-report.js";

/** Problems grouped into one template target per file, in the order the files first appear. */
export function targetsByFile(problems: readonly Problem[]): ValidationTarget[] {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems)
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  return [...byFile].map(([file, list]) => ({
    kind: "template",
    file,
    clauses: [],
    problems: list,
  }));
}

export interface FilledLetterCheck {
  readonly clauses: ValidationTarget["clauses"];
  readonly problems: Problem[];
}

/**
 * Fills a template in (`make`) and checks the letter as validate does for every language: each
 * clause of the checklist, no placeholder left, none of the checklist's mistakes, no empty link.
 * A user error while filling in (a missing profile field) becomes the template's problems.
 * `readability` measures what only Dutch has a scale for.
 */
export function checkFilledLetter(input: {
  readonly file: string;
  readonly checklist: Checklist;
  readonly tool: ToolId;
  readonly make: () => { doc: Document; values: CheckValues };
  readonly readability?: (doc: Document) => ValidationTarget["readability"];
}): FilledLetterCheck & Pick<ValidationTarget, "readability"> {
  const problems: Problem[] = [];
  try {
    const { doc, values } = input.make();
    const text = documentText(doc);
    const clauses = checkClauses(input.checklist, text, input.tool, values);
    for (const leftover of findPlaceholders(text))
      problems.push({ file: input.file, key: "validate.placeholder", params: { text: leftover } });
    problems.push(...mistakeProblems(input.checklist, text, input.file));
    if (emptyLinks(doc) > 0) problems.push({ file: input.file, key: "validate.emptyLink" });
    const readability = input.readability?.(doc);
    return { clauses, problems, ...(readability ? { readability } : {}) };
  } catch (error) {
    if (!isUserError(error)) throw error;
    problems.push(
      ...(error.problems.length > 0
        ? error.problems
        : [{ file: input.file, key: error.key, params: error.params }]),
    );
    return { clauses: [], problems };
  }
}
