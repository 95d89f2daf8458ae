/**
 * Checking an edited letter or guide, a script of its own (check.js) that the page loads the
 * first time a file is dropped: it holds pdf.js. A letter is checked against the letter
 * checklist, a staff guide against the guide checklist, a translation against its language's
 * checklist, as `validate` checks them.
 */
import * as pdfjsWorker from "pdfjs-dist/legacy/build/pdf.worker.mjs";
import { isUserError } from "../core/errors/user-error.js";
import { isGuideFile, validateGuideFile } from "../core/file-check/check-guide-file.js";
import { checkLetterText } from "../core/file-check/check-letter-text.js";
import { readLetterData } from "../core/file-check/letter-text.js";
import type { ValidationTarget } from "../core/file-check/validation-target.js";
import type { PipelineInputs } from "../core/pipeline/pipeline-inputs.js";
import type { LoadedProfile } from "../core/profile/load-profile.js";

// pdf.js reads in the page's own thread: a worker script cannot start from a file:// folder.
// pdf.js takes its worker's code from this global when it is set (its "fake worker").
Object.assign(globalThis, { pdfjsWorker });

/** The check of one uploaded file, as `validate <file>` reports it. */
async function checkFile(
  file: string,
  data: Uint8Array,
  inputs: PipelineInputs,
  profile?: LoadedProfile,
): Promise<ValidationTarget> {
  let letter: Awaited<ReturnType<typeof readLetterData>>;
  try {
    letter = await readLetterData(file, data);
  } catch (error) {
    if (!isUserError(error)) throw error;
    const problems =
      error.problems.length > 0
        ? [...error.problems]
        : [{ file, key: error.key, params: error.params }];
    return { kind: "letter", file, clauses: [], problems };
  }
  const withProfile = profile ? { profile } : {};
  if (inputs.guides && isGuideFile(file, letter)) {
    return validateGuideFile(file, letter, {
      toolsFile: inputs.tools,
      inputs: inputs.guides,
      ...withProfile,
    });
  }
  // A translation (told by its notice) is checked against its own language's checklist.
  const languages = [...(inputs.languages?.values() ?? [])];
  return checkLetterText(file, letter, {
    toolsFile: inputs.tools,
    checklist: inputs.checklist,
    ...(languages.length > 0 ? { languages } : {}),
    ...withProfile,
  });
}

Object.assign(globalThis, { clbCheckPart: { checkFile } });
