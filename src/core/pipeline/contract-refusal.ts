import { type Problem, UserError } from "../errors/user-error.js";
import { contractProblems } from "../letter/contract-facts.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import { toolFacts } from "../tools/tool-catalog.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";
import type { DocumentSpec } from "./document-spec.js";

export interface ContractSplit {
  /** The documents that can be made: guides, and the letters of tools with a full contract. */
  readonly specs: readonly DocumentSpec[];
  /** Why the other tools get no letter (one UserError for them all), or undefined. */
  readonly refusal?: UserError;
}

/**
 * Sets aside the letters (and e-mails) of tools whose contract facts the profile lacks: only the
 * centre's processing agreement says who processes the data and where (issue 26, part 3), so
 * without it there is no letter for that tool, while the other tools' letters are still made.
 */
export function splitByContract(
  loaded: LoadedProfile,
  specs: readonly DocumentSpec[],
  tools: ToolsFile,
): ContractSplit {
  const problems = new Map<ToolId, Problem[]>();
  for (const spec of specs) {
    if (spec.kind !== "letter" || problems.has(spec.tool)) continue;
    const found = contractProblems(loaded, spec.tool, toolFacts(tools, spec.tool));
    if (found.length > 0) problems.set(spec.tool, found);
  }
  if (problems.size === 0) return { specs };
  const names = [...problems.keys()].map((id) => toolFacts(tools, id).name);
  return {
    specs: specs.filter((spec) => spec.kind !== "letter" || !problems.has(spec.tool)),
    refusal: new UserError(
      "contract.refused",
      { file: loaded.file, tool: names.join(", ") },
      [...problems.values()].flat(),
    ),
  };
}
