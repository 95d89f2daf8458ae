import type { Problem } from "../../core/errors/user-error.js";
import type { ValidationTarget } from "../../core/file-check/validation-target.js";

export type { ValidationTarget };

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
