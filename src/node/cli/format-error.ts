import type { MessageParams, Problem, UserError } from "../../core/errors/user-error.js";
import { isMessageKey, type MessageKey } from "../../core/i18n/messages-nl.js";
import type { Translate } from "../../core/i18n/translator.js";

/**
 * Words an errno code (`EACCES`) in the user's language. A code that means something else when
 * a server starts (EACCES: a port below 1024) has its own words there (`reason.listen.`); a
 * code we have no words for is named as the system's code, and a reason that is no code (a
 * library's English sentence) is given as a technical detail, never as our own sentence.
 */
function translateParams(
  t: Translate,
  params: MessageParams = {},
  context?: MessageKey,
): MessageParams {
  const reason = params.reason;
  if (typeof reason !== "string") return params;
  const own = context === "web.listenFailed" ? `reason.listen.${reason}` : undefined;
  const key = own && isMessageKey(own) ? own : `reason.${reason}`;
  if (isMessageKey(key)) return { ...params, reason: t(key) };
  if (/^E[A-Z0-9_]+$/.test(reason))
    return { ...params, reason: t("reason.unknownCode", { code: reason }) };
  return { ...params, reason: t("reason.other", { detail: reason }) };
}

/** `file:line:column  field: message`, the form editors and terminals make clickable. */
export function formatProblem(t: Translate, problem: Problem): string {
  let where = problem.file;
  if (problem.line !== undefined) where += `:${problem.line}`;
  if (problem.line !== undefined && problem.column !== undefined) where += `:${problem.column}`;
  const field = problem.field ? `${problem.field}: ` : "";
  return `  ${where}  ${field}${t(problem.key, translateParams(t, problem.params, problem.key))}`;
}

export function formatUserError(
  t: Translate,
  error: UserError,
  prefix = t("error.prefix"),
): string {
  const lines = [`${prefix}: ${t(error.key, translateParams(t, error.params, error.key))}`];
  for (const problem of error.problems) lines.push(formatProblem(t, problem));
  return lines.join("\n");
}
