import type { MessageParams, Problem, UserError } from "../errors/user-error.js";
import type { MessageKey } from "../i18n/messages-nl.js";
import { nl } from "../i18n/messages-nl.js";
import type { Translate } from "../i18n/translator.js";

/** Words an errno code (`EACCES`) in the user's language when we know it. */
function translateParams(t: Translate, params: MessageParams = {}): MessageParams {
  const reason = params.reason;
  if (typeof reason !== "string") return params;
  const key = `reason.${reason}`;
  return Object.hasOwn(nl, key) ? { ...params, reason: t(key as MessageKey) } : params;
}

/** `file:line:column  field: message`, the form editors and terminals make clickable. */
export function formatProblem(t: Translate, problem: Problem): string {
  let where = problem.file;
  if (problem.line !== undefined) where += `:${problem.line}`;
  if (problem.line !== undefined && problem.column !== undefined) where += `:${problem.column}`;
  const field = problem.field ? `${problem.field}: ` : "";
  return `  ${where}  ${field}${t(problem.key, translateParams(t, problem.params))}`;
}

export function formatUserError(
  t: Translate,
  error: UserError,
  prefix = t("error.prefix"),
): string {
  const lines = [`${prefix}: ${t(error.key, translateParams(t, error.params))}`];
  for (const problem of error.problems) lines.push(formatProblem(t, problem));
  return lines.join("\n");
}
