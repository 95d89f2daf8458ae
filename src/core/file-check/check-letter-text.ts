import { checkClauses, findMistakes, findPlaceholders } from "../checklist/check-clauses.js";
import type { Checklist } from "../checklist/checklist-schema.js";
import { audienceFromTitle, measureReadability } from "../checklist/readability.js";
import { isUserError, type Problem } from "../errors/user-error.js";
import { normalizeText } from "../fields/normalize-text.js";
import type { GuideInputs } from "../guide/guide-inputs.js";
import { checkValues } from "../letter/check-letter.js";
import type { Language } from "../letter/language-schema.js";
import { translatedProfile } from "../letter/translated-profile.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import { toolFacts, toolIds } from "../tools/tool-catalog.js";
import { toolContext } from "../tools/tool-context.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";
import { centreNames } from "./centre-names.js";
import { baseName } from "./file-name.js";
import { guessTool, type LetterText, letterBlocks } from "./letter-text.js";
import type { ValidationTarget } from "./validation-target.js";

/** What checking a translation needs of its language (pipeline/language-inputs.ts reads it). */
export interface LetterLanguage {
  readonly language: Language;
  readonly checklist: Checklist;
  /** The Dutch tools.yaml with the language's prose in place. */
  readonly tools: ToolsFile;
}

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
  readonly languages?: readonly LetterLanguage[];
  /** Set for a letter known to be this translation (its language code). */
  readonly lang?: string;
}

/**
 * The translation a letter's text is, told by the notice every translation opens with in its
 * own language (the words before its date), or undefined for a Dutch letter.
 */
export function translationOf(
  text: string,
  languages: readonly LetterLanguage[],
): LetterLanguage | undefined {
  const normalized = normalizeText(text).replaceAll(" ", "");
  return languages.find((l) => {
    const before = normalizeText(l.language.notice.split("{date}")[0] ?? "").replaceAll(" ", "");
    return before.length > 0 && normalized.includes(before);
  });
}

/** A problem for each of the checklist's mistakes the text makes, with what to write instead. */
export function mistakeProblems(checklist: Checklist, text: string, file: string): Problem[] {
  return findMistakes(checklist, text).map((mistake) => ({
    file,
    field: mistake.id,
    key: "validate.mistake",
    params: { label: mistake.label, found: mistake.found, right: mistake.right },
  }));
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
    ...(input.profile ? { profile: baseName(input.profile.file) } : {}),
    tool,
    ...(input.lang ? { lang: input.lang } : {}),
    clauses,
    ...(readability ? { readability } : {}),
    problems,
  };
}
