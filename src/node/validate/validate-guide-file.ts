import path from "node:path";
import { checkClauses, findPlaceholders } from "../../core/checklist/check-clauses.js";
import { normalizeText } from "../../core/fields/normalize-text.js";
import { guideCheckValues, guideContext } from "../../core/guide/guide-context.js";
import type { GuideInputs } from "../../core/guide/guide-inputs.js";
import type { LoadedProfile } from "../../core/profile/load-profile.js";
import { toolFacts } from "../../core/tools/tool-catalog.js";
import { toolContext } from "../../core/tools/tool-context.js";
import type { ToolId } from "../../core/tools/tool-ids.js";
import type { ToolsFile } from "../../core/tools/tool-schema.js";
import { guessTool, type LetterText } from "./read-letter.js";
import type { ValidationTarget } from "./validation-report.js";

/** A file is a guide when it is named handleiding-<tool> or its title says "Handleiding". */
export function isGuideFile(file: string, letter: LetterText): boolean {
  return (
    path.basename(file).toLowerCase().startsWith("handleiding-") ||
    normalizeText(letter.title).trimStart().startsWith("handleiding")
  );
}

/** Checks a guide file (PDF, DOCX, Markdown or text) against guide-checklist.yaml. */
export function validateGuideFile(
  file: string,
  letter: LetterText,
  input: {
    readonly toolsFile: ToolsFile;
    readonly inputs: Omit<GuideInputs, "templates">;
    readonly tool?: ToolId;
    readonly profile?: LoadedProfile;
  },
): ValidationTarget {
  const tool = input.tool ?? guessTool(letter, input.toolsFile);
  if (!tool)
    return { kind: "guide", file, clauses: [], problems: [{ file, key: "validate.toolUnknown" }] };
  // A tool without guide facts has no guide, so this cannot be its guide.
  const facts = Object.hasOwn(input.inputs.facts, tool) ? input.inputs.facts[tool] : undefined;
  if (!facts)
    return { kind: "guide", file, clauses: [], problems: [{ file, key: "validate.toolUnknown" }] };
  const tools = toolFacts(input.toolsFile, tool);
  const values = input.profile
    ? guideCheckValues(
        guideContext(
          input.profile.profile,
          tool,
          tools,
          facts,
          input.profile.profile.letterDate ?? tools.versionDate,
        ),
      )
    : { tool: { ...toolContext(tool, tools), ...facts } };
  return {
    kind: "guide",
    file,
    ...(input.profile ? { profile: path.basename(input.profile.file) } : {}),
    tool,
    clauses: checkClauses(input.inputs.checklist, letter.text, tool, values),
    problems: findPlaceholders(letter.text).map((text) => ({
      file,
      key: "validate.placeholder" as const,
      params: { text },
    })),
  };
}
