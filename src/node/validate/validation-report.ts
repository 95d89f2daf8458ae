import type { ClauseResult } from "../../core/checklist/check-clauses.js";
import type { ReadabilityResult } from "../../core/checklist/readability.js";
import type { Problem } from "../../core/errors/user-error.js";
import type { Audience } from "../../core/letter/audience.js";
import type { ToolId } from "../../core/tools/tool-ids.js";

/** One thing checked: a template filled in with one profile, or one letter or guide file. */
export interface ValidationTarget {
  readonly kind: "template" | "letter" | "guide";
  readonly file: string;
  /** The profile a template was filled in with, or a letter compared to. */
  readonly profile?: string;
  readonly tool?: ToolId;
  /** For a template: which of its two letters was checked. */
  readonly audience?: Audience;
  /** A translation's language code; absent for a Dutch template or letter. */
  readonly lang?: string;
  readonly clauses: readonly ClauseResult[];
  /** A letter's first layer measured (see checklist/readability.ts); guides and e-mails have none. */
  readonly readability?: ReadabilityResult;
  /** Problems that are not clauses: syntax, unknown variables, placeholders, unreadable files. */
  readonly problems: readonly Problem[];
}

export interface ValidationTotals {
  readonly targets: number;
  readonly checks: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface ValidationReport {
  readonly strict: boolean;
  readonly ok: boolean;
  readonly targets: readonly ValidationTarget[];
  readonly totals: ValidationTotals;
  /**
   * What reading the profiles, tools.yaml and the checklists changed and tells (a soft hyphen
   * taken out of a value), at file and line: told, as `generate` tells it; it fails nothing.
   */
  readonly loadWarnings: readonly Problem[];
}

/**
 * Errors fail validation; warnings (missing recommended clauses, and each readability finding:
 * a threshold missed, a hedging word) fail only with --strict.
 */
export function summarize(
  targets: readonly ValidationTarget[],
  strict: boolean,
  loadWarnings: readonly Problem[] = [],
): ValidationReport {
  let errors = 0;
  let warnings = 0;
  let checks = 0;
  for (const target of targets) {
    errors += target.problems.length;
    for (const clause of target.clauses) {
      checks += 1;
      if (clause.status === "ok") continue;
      if (clause.severity === "required") errors += 1;
      else warnings += 1;
    }
    warnings += target.readability?.findings.length ?? 0;
  }
  return {
    strict,
    ok: errors === 0 && (!strict || warnings === 0),
    targets,
    totals: { targets: targets.length, checks, errors, warnings },
    loadWarnings,
  };
}
