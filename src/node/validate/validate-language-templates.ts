import path from "node:path";
import { isUserError, type UserError } from "../../core/errors/user-error.js";
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
import { checkFilledLetter, targetsByFile } from "./check-filled-letter.js";
import { profilesForTool } from "./profiles-for-tool.js";
import { unknownVariables } from "./validate-templates.js";
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
  return targetsByFile(
    error.problems.length > 0
      ? error.problems
      : [{ file: String(error.params?.file ?? ""), key: error.key, params: error.params }],
  );
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
  const targets: ValidationTarget[] = targetsByFile(
    unknownVariables([...templates.letters.values(), ...templates.partials.values()]),
  );

  // As for the Dutch templates: a tool no profile uses is left out when others are checked (a
  // partial serves every tool); when no profile uses any, each template says so.
  const used = input.tools.filter((tool) => profilesForTool(input.profiles, tool).length > 0);
  for (const tool of used.length > 0 ? used : input.tools) {
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
        const translated = () => translatedProfile(loaded, code, language.language.nameNl);
        const { clauses, problems } = checkFilledLetter({
          file: template.file,
          checklist,
          tool,
          make: () => {
            const profile = translated();
            const date = loaded.profile.letterDate ?? toolFacts(tools, tool).versionDate;
            return {
              doc: makeLetter(profile, tool, {
                templates,
                tools,
                audience,
                language: language.language,
              }),
              values: checkValues(profile, tool, tools, date),
            };
          },
        });
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
