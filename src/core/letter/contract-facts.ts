import type { Problem } from "../errors/user-error.js";
import type { MessageKey } from "../i18n/messages-nl.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import type { Contract } from "../tools/contract-schema.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { Tool } from "../tools/tool-schema.js";

/** A contract with everything a letter states about the vendor (issue 26, part 3). */
export type CompleteContract = Required<Omit<Contract, "safeguard">> & Pick<Contract, "safeguard">;

type Need = keyof Contract;

/** What to look up in the agreement for each field, as the message tells the centre. */
const NEED_KEYS: Record<Need, MessageKey> = {
  role: "contract.need.role",
  where: "contract.need.where",
  safeguard: "contract.need.safeguard",
  retention: "contract.need.retention",
  agreement: "contract.need.agreement",
  agreementDate: "contract.need.agreementDate",
};

function missingFields(contract: Contract | undefined): Need[] {
  if (!contract) return ["role", "where", "retention", "agreement", "agreementDate"];
  const needs: Need[] = [];
  if (!contract.role) needs.push("role");
  if (!contract.where) needs.push("where");
  if (contract.where && contract.where !== "eu" && !contract.safeguard) needs.push("safeguard");
  if (!contract.retention) needs.push("retention");
  if (!contract.agreement) needs.push("agreement");
  if (!contract.agreementDate) needs.push("agreementDate");
  return needs;
}

/**
 * Where to point a reader at: a value already under `contracts.<tool>`, else the tool's entry
 * in `tools`, else nowhere (a profile made in memory).
 */
function positionFor(loaded: LoadedProfile, toolId: ToolId) {
  const positions = loaded.positions ?? {};
  const prefix = `contracts.${toolId}.`;
  const inContract = Object.keys(positions).find((field) => field.startsWith(prefix));
  const index = loaded.profile.tools.indexOf(toolId);
  return positions[inContract ?? `tools.${index}`];
}

/**
 * The problems that keep a tool's letter from being made: each field of the centre's
 * processing agreement the letter must state and the profile does not hold. Empty when the
 * letter can be made.
 */
export function contractProblems(loaded: LoadedProfile, toolId: ToolId, tool: Tool): Problem[] {
  const at = positionFor(loaded, toolId);
  return missingFields(loaded.profile.contracts?.[toolId]).map((need) => ({
    file: loaded.file,
    ...(at ? { line: at.line, column: at.column } : {}),
    field: `contracts.${toolId}.${need}`,
    key: NEED_KEYS[need],
    params: { tool: tool.name, vendor: tool.vendor, value: `contracts.${toolId}.${need}` },
  }));
}

/** The contract of a tool whose letter can be made; a bug when contractProblems was skipped. */
export function completeContract(loaded: LoadedProfile, toolId: ToolId): CompleteContract {
  const contract = loaded.profile.contracts?.[toolId];
  if (!contract || missingFields(contract).length > 0) {
    throw new Error(`the letter for ${toolId} was made without checking its contract`);
  }
  return contract as CompleteContract;
}
