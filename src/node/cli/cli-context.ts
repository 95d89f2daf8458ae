import type { Translate } from "../../core/i18n/translator.js";

/** What every command gets: the translator and the two output streams. */
export interface CliContext {
  readonly t: Translate;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Sets the exit code for a command that reports problems without throwing (validate, batch). */
  readonly fail: (code: number) => void;
  /** The clock: `proof` refuses an agreement dated after today. A test pins it. */
  readonly now: () => Date;
}
