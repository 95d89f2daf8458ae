import path from "node:path";
import { checkClauses, findPlaceholders } from "../../core/checklist/check-clauses.js";
import { documentText, emptyLinks } from "../../core/document/document-text.js";
import { isUserError, type Problem, type UserError } from "../../core/errors/user-error.js";
import { AUDIENCES } from "../../core/letter/audience.js";
import { checkValues } from "../../core/letter/check-letter.js";
import { makeLetter } from "../../core/letter/make-letter.js";
import { translatedProfile, translationGaps } from "../../core/letter/translated-profile.js";
import {
  type LanguageInputs,
  languageCodes,
  readLanguage,
} from "../../core/pipeline/language-inputs.js";
import type { LoadedProfile } from "../../core/profile/load-profile.js";
import { toolFacts } from "../../core/tools/tool-catalog.js";
import type { ToolId } from "../../core/tools/tool-ids.js";
import type { ToolsFile } from "../../core/tools/tool-schema.js";
import { templatesSource } from "../io/pipeline-inputs.js";
import { profilesForTool } from "./profiles-for-tool.js";
import { mistakeProblems, unknownVariables } from "./validate-templates.js";
import type { ValidationTarget } from "./validation-report.js";

export interface LanguageValidationInput {
  readonly templatesDir: string;
  readonly tools: readonly ToolId[];
  readonly profiles: readonly LoadedProfile[];
  readonly toolsFile: ToolsFile;
  /** Only these languages (codes); default every folder of `<templatesDir>/lang/`. */
  readonly codes?: readonly string[];
}

/** A language folder that does not load: its problems, one target per file. */
function loadFailure(error: UserError): ValidationTarget[] {
  const byFile = new Map<string, Problem[]>();
  for (const problem of error.problems.length > 0
    ? error.problems
    : [{ file: String(error.params?.file ?? ""), key: error.key, params: error.params }])
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  return [...byFile].map(([file, problems]) => ({ kind: "template", file, clauses: [], problems }));
}

/**
 * Validates each translation's templates as the Dutch ones are (validate-templates.ts): every
 * tool template, both audiences, filled in with every profile that has the centre's texts in
 * that language, then checked clause by clause against the language's own checklist.yaml. A
 * translation missing a clause fails as a Dutch letter does.
 */
export async function validateLanguageTemplates(
  input: LanguageValidationInput,
): Promise<ValidationTarget[]> {
  const source = await templatesSource({ templatesDir: input.templatesDir });
  const codes = input.codes ?? (await languageCodes(source));
  const targets: ValidationTarget[] = [];
  for (const code of codes) {
    let language: LanguageInputs;
    try {
      language = await readLanguage(source, code, input.tools, input.toolsFile);
    } catch (error) {
      if (!isUserError(error)) throw error;
      targets.push(...loadFailure(error));
      continue;
    }
    targets.push(...checkLanguage(language, code, input));
  }
  return targets;
}

function checkLanguage(
  language: LanguageInputs,
  code: string,
  input: LanguageValidationInput,
): ValidationTarget[] {
  const { templates, checklist, tools } = language;
  const targets: ValidationTarget[] = [];
  const byFile = new Map<string, Problem[]>();
  for (const problem of unknownVariables([
    ...templates.letters.values(),
    ...templates.partials.values(),
  ]))
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  for (const [file, problems] of byFile)
    targets.push({ kind: "template", file, clauses: [], problems });

  for (const tool of input.tools) {
    const template = templates.letters.get(tool);
    if (!template) continue;
    // Only a centre that wrote its own texts in the language can fill the translation in.
    const profiles = profilesForTool(input.profiles, tool).filter(
      (loaded) => translationGaps(loaded, code).length === 0,
    );
    if (profiles.length === 0) {
      targets.push({
        kind: "template",
        file: template.file,
        tool,
        clauses: [],
        problems: [
          {
            file: template.file,
            key: "validate.noTranslatedProfile",
            params: { tool, code, language: language.language.nameNl },
          },
        ],
      });
      continue;
    }
    for (const loaded of profiles)
      for (const audience of AUDIENCES) {
        const problems: Problem[] = [];
        let clauses: ValidationTarget["clauses"] = [];
        try {
          const translated = translatedProfile(loaded, code, language.language.nameNl);
          const date = loaded.profile.letterDate ?? toolFacts(tools, tool).versionDate;
          const doc = makeLetter(translated, tool, {
            templates,
            tools,
            audience,
            language: language.language,
          });
          const text = documentText(doc);
          clauses = checkClauses(checklist, text, tool, checkValues(translated, tool, tools, date));
          for (const leftover of findPlaceholders(text))
            problems.push({
              file: template.file,
              key: "validate.placeholder",
              params: { text: leftover },
            });
          problems.push(...mistakeProblems(checklist, text, template.file));
          if (emptyLinks(doc) > 0)
            problems.push({ file: template.file, key: "validate.emptyLink" });
        } catch (error) {
          if (!isUserError(error)) throw error;
          problems.push(
            ...(error.problems.length > 0
              ? error.problems
              : [{ file: template.file, key: error.key, params: error.params }]),
          );
        }
        targets.push({
          kind: "template",
          file: template.file,
          profile: path.basename(loaded.file),
          tool,
          audience,
          lang: code,
          clauses,
          problems,
        });
      }
  }
  return targets;
}
