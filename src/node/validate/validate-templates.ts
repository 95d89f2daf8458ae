import path from "node:path";
import type { Checklist } from "../../core/checklist/checklist-schema.js";
import { measureReadability } from "../../core/checklist/readability.js";
import { documentTextBlocks } from "../../core/checklist/readability-blocks.js";
import { isUserError, type Problem } from "../../core/errors/user-error.js";
import { centreNames } from "../../core/file-check/centre-names.js";
import { AUDIENCES } from "../../core/letter/audience.js";
import { checkValues } from "../../core/letter/check-letter.js";
import { makeLetter } from "../../core/letter/make-letter.js";
import type { LoadedProfile } from "../../core/profile/load-profile.js";
import type { TemplateFile, TemplateSet } from "../../core/template/load-templates.js";
import { toolFacts } from "../../core/tools/tool-catalog.js";
import type { ToolId } from "../../core/tools/tool-ids.js";
import type { ToolsFile } from "../../core/tools/tool-schema.js";
import { suggest } from "../../core/yaml/zod-issues.js";
import { loadTemplates } from "../io/load-templates.js";
import { checkFilledLetter, targetsByFile } from "./check-filled-letter.js";
import { knownVariables } from "./known-variables.js";
import { profilesForTool } from "./profiles-for-tool.js";
import type { ValidationTarget } from "./validation-report.js";

export interface TemplateValidationInput {
  readonly templatesDir: string;
  readonly tools: readonly ToolId[];
  readonly profiles: readonly LoadedProfile[];
  readonly toolsFile: ToolsFile;
  readonly checklist: Checklist;
}

/** Variables a template names that no profile or tools.yaml has, found without any data. */
export function unknownVariables(
  templates: readonly TemplateFile[],
  known: readonly string[] = knownVariables(),
): Problem[] {
  const knownSet = new Set(known);
  const problems: Problem[] = [];
  for (const template of templates) {
    for (const usage of template.usages) {
      // Inside {{#each}} / {{#with}} names are relative to another context; @data and `this` too.
      if (
        usage.kind !== "variable" ||
        usage.scopes.length > 0 ||
        usage.data ||
        /^(this|\.)/.test(usage.name)
      )
        continue;
      if (knownSet.has(usage.name)) continue;
      const suggestion = suggest(usage.name, known);
      problems.push({
        file: template.file,
        line: usage.line,
        column: usage.column,
        field: usage.name,
        key: suggestion ? "validate.unknownVariableSuggest" : "validate.unknownVariable",
        params: suggestion ? { name: usage.name, suggestion } : { name: usage.name },
      });
    }
  }
  return problems;
}

/**
 * Validates letter templates: syntax and names first (without data), then each template is
 * filled in with every profile and the result checked clause by clause.
 */
export async function validateTemplates(
  input: TemplateValidationInput,
): Promise<ValidationTarget[]> {
  let templates: TemplateSet;
  // A template that fails to load has nothing to fill in: its problems are the whole report.
  try {
    templates = await loadTemplates(input.templatesDir, input.tools);
  } catch (error) {
    if (!isUserError(error)) throw error;
    return targetsByFile(error.problems);
  }

  const targets: ValidationTarget[] = targetsByFile(
    unknownVariables([...templates.letters.values(), ...templates.partials.values()]),
  );
  // A template no profile can fill in (no centre uses the tool) is left out when others are
  // checked, as a partial serves every tool; when none can be, that is the report.
  const fillable = input.tools.filter((tool) => profilesForTool(input.profiles, tool).length > 0);
  if (fillable.length === 0) {
    for (const tool of input.tools) {
      const file = templates.letters.get(tool)!.file;
      targets.push({
        kind: "template",
        file,
        tool,
        clauses: [],
        problems: [{ file, key: "validate.noContractProfile", params: { tool } }],
      });
    }
  }
  for (const tool of fillable) {
    const template = templates.letters.get(tool)!;
    const profiles = profilesForTool(input.profiles, tool);
    // Both letters come from one template: each must hold every clause.
    for (const loaded of profiles)
      for (const audience of AUDIENCES) {
        const date = loaded.profile.letterDate ?? toolFacts(input.toolsFile, tool).versionDate;
        const { clauses, problems, readability } = checkFilledLetter({
          file: template.file,
          checklist: input.checklist,
          tool,
          make: () => ({
            doc: makeLetter(loaded, tool, { templates, tools: input.toolsFile, audience }),
            values: checkValues(loaded, tool, input.toolsFile, date),
          }),
          // The audience is known here: each threshold is the one for this letter's reader.
          readability: (doc) =>
            input.checklist.readability &&
            measureReadability(
              documentTextBlocks(doc),
              input.checklist.readability,
              audience,
              centreNames(loaded.profile),
            ),
        });
        targets.push({
          kind: "template",
          file: template.file,
          profile: path.basename(loaded.file),
          tool,
          audience,
          clauses,
          ...(readability ? { readability } : {}),
          problems,
        });
      }
  }
  // The e-mail that carries the letters, checked the same way.
  const { validateEmailTemplate } = await import("./validate-email.js");
  targets.push(
    ...(await validateEmailTemplate(templates, input.tools, input.profiles, input.toolsFile)),
  );
  return targets;
}
