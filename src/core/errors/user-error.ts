import type { MessageParams } from "../i18n/message-params.js";
import type { MessageKey } from "../i18n/messages-nl.js";

// Errors carry message keys and their values; i18n, below errors, knows nothing of errors.
export type { MessageParams };

/** One problem in one file, located as precisely as we can (1-based line and column). */
export interface Problem {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** Dotted path of the field in a profile (`complaint.email`) or the construct in a template. */
  readonly field?: string;
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** What the CLI turns into an exit code: a content problem (1) or wrong usage (2). */
export const ExitCode = { ok: 0, content: 1, usage: 2, interrupted: 130 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * The one error type for mistakes a user can fix: a bad profile, a broken template, a missing
 * file. It carries a message key (translated by the CLI) and every problem found, so a user sees
 * them all at once. Anything else that is thrown is a bug and gets a stack trace.
 */
export class UserError extends Error {
  readonly key: MessageKey;
  readonly params: MessageParams;
  readonly problems: readonly Problem[];
  readonly exitCode: ExitCode;

  constructor(
    key: MessageKey,
    params: MessageParams = {},
    problems: readonly Problem[] = [],
    options: { cause?: unknown; exitCode?: ExitCode } = {},
  ) {
    super(key, { cause: options.cause });
    this.name = "UserError";
    this.key = key;
    this.params = params;
    this.problems = problems;
    this.exitCode = options.exitCode ?? ExitCode.content;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
