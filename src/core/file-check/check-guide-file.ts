import { checkClauses, findPlaceholders } from "../checklist/check-clauses.js";
import { normalizeText } from "../fields/normalize-text.js";
import { guideCheckValues, guideContext } from "../guide/guide-context.js";
import type { GuideInputs } from "../guide/guide-inputs.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import { toolFacts } from "../tools/tool-catalog.js";
import { toolContext } from "../tools/tool-context.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";
import { baseName } from "./file-name.js";
import { guessTool, type LetterText } from "./letter-text.js";
import type { ValidationTarget } from "./validation-target.js";

/** A file is a guide when it is named handleiding-<tool> or its title says "Handleiding". */
export function isGuideFile(file: string, letter: LetterText): boolean {
  return (
    baseName(file).toLowerCase().startsWith("handleiding-") ||
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
    ...(input.profile ? { profile: baseName(input.profile.file) } : {}),
    tool,
    clauses: checkClauses(input.inputs.checklist, letter.text, tool, values),
    problems: findPlaceholders(letter.text).map((text) => ({
      file,
      key: "validate.placeholder" as const,
      params: { text },
    })),
  };
}
