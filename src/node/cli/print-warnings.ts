import type { Problem } from "../../core/errors/user-error.js";
import type { CliContext } from "./cli-context.js";
import { formatProblem } from "./format-error.js";

/** What loading changed and tells without refusing (a soft hyphen dropped), one line each. */
export function printWarnings(ctx: CliContext, warnings: readonly Problem[] = []): void {
  for (const warning of warnings) {
    ctx.err(`${ctx.t("warning.prefix")}: ${formatProblem(ctx.t, warning).trimStart()}`);
  }
}
