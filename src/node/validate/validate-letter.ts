import path from "node:path";
import { checkClauses, findPlaceholders } from "../../core/checklist/check-clauses.js";
import type { Checklist } from "../../core/checklist/checklist-schema.js";
import { audienceFromTitle, measureReadability } from "../../core/checklist/readability.js";
import { isUserError } from "../../core/errors/user-error.js";
import { normalizeText } from "../../core/fields/normalize-text.js";
import type { GuideInputs } from "../../core/guide/guide-inputs.js";
import { checkValues } from "../../core/letter/check-letter.js";
import { translatedProfile } from "../../core/letter/translated-profile.js";
import type { LanguageInputs } from "../../core/pipeline/language-inputs.js";
import type { LoadedProfile } from "../../core/profile/load-profile.js";
import { toolFacts, toolIds } from "../../core/tools/tool-catalog.js";
import { toolContext } from "../../core/tools/tool-context.js";
import type { ToolId } from "../../core/tools/tool-ids.js";
import type { ToolsFile } from "../../core/tools/tool-schema.js";
import { centreNames } from "./centre-names.js";
import { mistakeProblems } from "./check-filled-letter.js";
import { guessTool, type LetterText, letterBlocks, readLetter } from "./read-letter.js";
import { isGuideFile, validateGuideFile } from "./validate-guide-file.js";
import type { ValidationTarget } from "./validation-report.js";

export interface LetterValidationInput {
  readonly toolsFile: ToolsFile;
  readonly checklist: Checklist;
  /** Overrides the tool read from the letter. */
  readonly tool?: ToolId;
  /** Compare with this centre's values; without it, the checklist's generic patterns apply. */
  readonly profile?: LoadedProfile;
  /** Guide checklist and facts: a staff guide (handleiding-<tool>) is checked with them. */
  readonly guide?: Omit<GuideInputs, "templates">;
  /**
   * The translations a letter may be (templates/lang/): one that carries a language's notice
   * is checked against that language's checklist, with the centre's texts in it.
   */
  readonly languages?: readonly LanguageInputs[];
  /** Set for a letter known to be this translation (its language code). */
  readonly lang?: string;
}

/**
 * The translation a letter's text is, told by the notice every translation opens with in its
 * own language (the words before its date), or undefined for a Dutch letter.
 */
export function translationOf(
  text: string,
  languages: readonly LanguageInputs[],
): LanguageInputs | undefined {
  const normalized = normalizeText(text).replaceAll(" ", "");
  return languages.find((l) => {
    const before = normalizeText(l.language.notice.split("{date}")[0] ?? "").replaceAll(" ", "");
    return before.length > 0 && normalized.includes(before);
  });
}

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

/** Checks a letter's text already read (from a file, or uploaded to the web page). */
export function checkLetterText(
  file: string,
  letter: LetterText,
  input: LetterValidationInput,
): ValidationTarget {
  const translation = input.languages && translationOf(letter.text, input.languages);
  if (translation) {
    const { code, nameNl } = translation.language;
    const { languages: _languages, profile, ...rest } = input;
    let translated: LoadedProfile | undefined;
    try {
      translated = profile && translatedProfile(profile, code, nameNl);
    } catch (error) {
      if (!isUserError(error)) throw error;
      return { kind: "letter", file, lang: code, clauses: [], problems: [...error.problems] };
    }
    return checkLetterText(file, letter, {
      ...rest,
      checklist: translation.checklist,
      toolsFile: translation.tools,
      ...(translated ? { profile: translated } : {}),
      lang: code,
    });
  }
  const tool = input.tool ?? guessTool(letter, input.toolsFile);
  if (!tool)
    return {
      kind: "letter",
      file,
      clauses: [],
      problems: [
        {
          file,
          key: "validate.toolUnknown",
          params: { choices: toolIds(input.toolsFile).join(", ") },
        },
      ],
    };
  const values = input.profile
    ? checkValues(
        input.profile,
        tool,
        input.toolsFile,
        input.profile.profile.letterDate ?? toolFacts(input.toolsFile, tool).versionDate,
      )
    : { tool: toolContext(tool, toolFacts(input.toolsFile, tool)) };
  const clauses = checkClauses(input.checklist, letter.text, tool, values);
  const problems = [
    ...findPlaceholders(letter.text).map((text) => ({
      file,
      key: "validate.placeholder" as const,
      params: { text },
    })),
    ...mistakeProblems(input.checklist, letter.text, file),
  ];
  const rules = input.checklist.readability;
  let readability: ValidationTarget["readability"];
  if (rules) {
    const blocks = letterBlocks(letter, rules.firstLayerEnd);
    // Whom the letter speaks to, from its title: the parents' letter says "voor ouders".
    const title = blocks.find((block) => block.heading === 1)?.text ?? letter.title;
    readability = measureReadability(
      blocks,
      rules,
      audienceFromTitle(title),
      input.profile ? centreNames(input.profile.profile) : [],
    );
  }
  return {
    kind: "letter",
    file,
    ...(input.profile ? { profile: path.basename(input.profile.file) } : {}),
    tool,
    ...(input.lang ? { lang: input.lang } : {}),
    clauses,
    ...(readability ? { readability } : {}),
    problems,
  };
}
