import path from "node:path";
import { findPlaceholders } from "../../core/checklist/check-clauses.js";
import { documentText, emptyLinks } from "../../core/document/document-text.js";
import { isUserError, type Problem } from "../../core/errors/user-error.js";
import { checkGuide } from "../../core/guide/check-guide.js";
import type { GuideInputs } from "../../core/guide/guide-inputs.js";
import { makeGuide } from "../../core/guide/make-guide.js";
import type { LoadedProfile } from "../../core/profile/load-profile.js";
import type { ToolId } from "../../core/tools/tool-ids.js";
import type { ToolsFile } from "../../core/tools/tool-schema.js";
import { loadTemplates } from "../io/load-templates.js";
import { targetsByFile } from "./check-filled-letter.js";
import { guideKnownVariables } from "./guide-known-variables.js";
import { unknownVariables } from "./validate-templates.js";
import type { ValidationTarget } from "./validation-report.js";

export interface GuideTemplateValidationInput {
  /** The folder holding `<tool>.md.hbs` and `partials/` of the guides. */
  readonly guidesDir: string;
  readonly tools: readonly ToolId[];
  readonly profiles: readonly LoadedProfile[];
  readonly toolsFile: ToolsFile;
  readonly inputs: Omit<GuideInputs, "templates">;
}

/**
 * Validates guide templates as letter templates are validated: syntax and names first, then
 * each guide filled in with every profile and checked against guide-checklist.yaml.
 */
export async function validateGuideTemplates(
  input: GuideTemplateValidationInput,
): Promise<ValidationTarget[]> {
  let inputs: GuideInputs;
  try {
    inputs = { ...input.inputs, templates: await loadTemplates(input.guidesDir, input.tools) };
  } catch (error) {
    if (!isUserError(error)) throw error;
    return targetsByFile(error.problems);
  }
  const { templates } = inputs;
  const targets = targetsByFile(
    unknownVariables(
      [...templates.letters.values(), ...templates.partials.values()],
      guideKnownVariables(),
    ),
  );
  for (const tool of input.tools) {
    const template = templates.letters.get(tool)!;
    for (const loaded of input.profiles) {
      const problems: Problem[] = [];
      let clauses: ValidationTarget["clauses"] = [];
      try {
        const doc = makeGuide(loaded, tool, inputs, { tools: input.toolsFile });
        clauses = checkGuide(doc, loaded, tool, inputs, input.toolsFile);
        for (const leftover of findPlaceholders(documentText(doc)))
          problems.push({
            file: template.file,
            key: "validate.placeholder",
            params: { text: leftover },
          });
        if (emptyLinks(doc) > 0) problems.push({ file: template.file, key: "validate.emptyLink" });
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
        clauses,
        problems,
      });
    }
  }
  return targets;
}
