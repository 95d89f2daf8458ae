import { unreviewedLanguages } from "../../core/pipeline/translation-choice.js";
import type { CliContext } from "./cli-context.js";

/**
 * Once per run, on stderr, the translations made that no reader of the language has reviewed
 * (`reviewed: false` in their language.yaml): told, never a failure (issue 29, part 3).
 */
export function noteUnreviewed(
  ctx: CliContext,
  inputs: Parameters<typeof unreviewedLanguages>[0],
  files: Iterable<{ readonly lang?: string }>,
  told: Set<string> = new Set(),
): void {
  const made = [...files].flatMap((f) => (f.lang ? [f.lang] : []));
  const fresh = unreviewedLanguages(inputs, made).filter((l) => !told.has(l.code));
  if (fresh.length === 0) return;
  for (const l of fresh) told.add(l.code);
  const list = fresh.map((l) => ctx.t("term.languageName", l)).join(", ");
  ctx.err(ctx.t("translation.unreviewed", { list }));
}
