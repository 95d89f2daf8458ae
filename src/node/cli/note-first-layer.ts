import path from "node:path";
import type { FirstLayerOverflow } from "../../core/pipeline/first-layer-overflow.js";
import type { CliContext } from "./cli-context.js";

/**
 * On stderr, once per letter whose PDF's first layer runs past page 1: the file, the profile and
 * what to shorten in it. A warning, never a failure: the letter says all it must.
 */
export function noteFirstLayer(
  ctx: CliContext,
  files: Iterable<{
    readonly file: string;
    readonly profile: string;
    readonly firstLayerOverflow?: FirstLayerOverflow;
  }>,
): void {
  for (const { file, profile, firstLayerOverflow: overflow } of files) {
    if (!overflow) continue;
    const fields =
      overflow.fields.length > 0 ? overflow.fields.join(", ") : ctx.t("letter.firstLayerTemplate");
    ctx.err(
      `${ctx.t("warning.prefix")}: ${ctx.t("letter.firstLayerOverflow", {
        file: path.relative(process.cwd(), file),
        profile: path.relative(process.cwd(), profile),
        pages: overflow.pages,
        fields,
      })}`,
    );
  }
}
