/**
 * The Dutch prose a letter shows that a translation must replace, in one place: a translated
 * letter never carries a Dutch sentence, and never an invented one. Everything else a letter
 * takes from the profile or tools.yaml (names, addresses, phone numbers, e-mail addresses, URLs,
 * agreement titles, dates, numbers, choices) appears in every language exactly as in Dutch.
 * tests/unit/prose-fields.test.ts fails when a letter template uses a field on neither list.
 */

/**
 * Profile fields that are Dutch prose, as `translated.<code>.<path>` names them; `*` is a tool
 * id (`contracts.teams.retention`).
 */
export const PROFILE_PROSE_PATHS = [
  "retention.file",
  "retention.agreement",
  "complaint.contact",
  "contracts.*.safeguard",
  "contracts.*.retention",
] as const;

/** Fields of a tool in tools.yaml that are Dutch prose: templates/lang/<code>/tools.yaml gives them. */
export const TOOL_PROSE_FIELDS = [
  "guestEnters",
  "collects",
  "admits",
  "privacyLanguageNote",
] as const;

export type ToolProseField = (typeof TOOL_PROSE_FIELDS)[number];

/**
 * What letter templates use from `centre.` and `tool.` that is not prose: it stays as the
 * profile or tools.yaml has it. A template path is `centre.<profile path>` or `tool.<fact>`
 * (`tool.contract.<field>` is the profile's `contracts.<tool>.<field>`).
 */
export const NOT_PROSE_PATHS = [
  "centre.name",
  "centre.address",
  "centre.address.street",
  "centre.address.postalCode",
  "centre.address.city",
  "centre.phone",
  "centre.email",
  "centre.website",
  "centre.privacyUrl",
  "centre.ownConsentAge",
  "centre.breachPromiseHours",
  "centre.complaint",
  "centre.complaint.email",
  "centre.complaint.phone",
  "centre.complaint.url",
  "centre.authority",
  // The supervisory authority's official name, as the authority itself writes it.
  "centre.authority.name",
  "centre.authority.url",
  "centre.dpo",
  "centre.dpo.name",
  "centre.dpo.email",
  "centre.dpo.phone",
  "centre.retention",
  "tool.id",
  "tool.name",
  "tool.shortName",
  "tool.vendor",
  "tool.privacyUrl",
  "tool.dataUrl",
  "tool.guideUrl",
  "tool.hostHelpUrl",
  "tool.phoneApp",
  "tool.guestAccount",
  "tool.computerApp",
  "tool.passcode",
  "tool.lobby",
  "tool.moderatorLogin",
  "tool.livestream",
  "tool.recording",
  "tool.e2ee",
  "tool.recordingVisible",
  "tool.mayLeaveEu",
  "tool.contract",
  "tool.contract.role",
  "tool.contract.where",
  "tool.contract.agreement",
  "tool.contract.agreementDate",
] as const;

/** A template path of a prose field (`centre.retention.file`, `tool.contract.retention`, `tool.collects`). */
export function isProsePath(templatePath: string): boolean {
  const [scope, ...rest] = templatePath.split(".");
  const path = rest.join(".");
  if (scope === "tool") {
    if (rest[0] === "contract") {
      return PROFILE_PROSE_PATHS.includes(`contracts.*.${rest.slice(1).join(".")}` as never);
    }
    return (TOOL_PROSE_FIELDS as readonly string[]).includes(path);
  }
  return scope === "centre" && (PROFILE_PROSE_PATHS as readonly string[]).includes(path);
}

/** The profile's prose paths for a centre's tools: `contracts.*.` once per tool. */
export function profileProsePaths(tools: readonly string[]): string[] {
  return PROFILE_PROSE_PATHS.flatMap((path) =>
    path.includes("*") ? tools.map((tool) => path.replace("*", tool)) : [path],
  );
}
