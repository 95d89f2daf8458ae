import {
  type ClauseResult,
  checkClauses,
  requiredClauseProblems,
} from "../checklist/check-clauses.js";
import type { Document } from "../document/document.js";
import { documentText } from "../document/document-text.js";
import type { Problem } from "../errors/user-error.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import { toolFacts } from "../tools/tool-catalog.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";
import { guideCheckValues, guideContext } from "./guide-context.js";
import { guideFactsOf } from "./guide-facts-schema.js";
import type { GuideInputs } from "./guide-inputs.js";

/** A guide's text checked clause by clause against guide-checklist.yaml. */
export function checkGuide(
  doc: Document,
  loaded: LoadedProfile,
  tool: ToolId,
  inputs: GuideInputs,
  tools: ToolsFile,
): ClauseResult[] {
  const context = guideContext(
    loaded.profile,
    tool,
    toolFacts(tools, tool),
    guideFactsOf(inputs.facts, tool),
    doc.meta.date,
  );
  return checkClauses(inputs.checklist, documentText(doc), tool, guideCheckValues(context));
}

/** The required clauses a guide misses, as problems naming its template and the clause. */
export function missingGuideClauses(
  doc: Document,
  loaded: LoadedProfile,
  tool: ToolId,
  inputs: GuideInputs,
  tools: ToolsFile,
): Problem[] {
  const templateFile = inputs.templates.letters.get(tool)?.file ?? tool;
  return requiredClauseProblems(checkGuide(doc, loaded, tool, inputs, tools), templateFile);
}
