import type { Format } from "../../core/render/registry.js";
import type { CliContext } from "./cli-context.js";

/**
 * Once per run, on stderr: e-mail drafts were asked for and translations made, which get none
 * of their own (pipeline/formats-of.ts). Told, so a missing file is not taken for a failure.
 */
export function noteTranslationEmail(
  ctx: CliContext,
  formats: readonly Format[],
  files: Iterable<{ readonly lang?: string }>,
): void {
  if (!formats.includes("eml")) return;
  if (![...files].some((file) => file.lang !== undefined)) return;
  ctx.err(ctx.t("translation.noOwnEmail"));
}
