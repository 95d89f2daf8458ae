import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { prosePathsInUse } from "../../src/core/letter/translated-profile.js";
import type { Profile } from "../../src/core/profile/profile-schema.js";
import type { ToolId } from "../../src/core/tools/tool-ids.js";
import { loadPipelineInputs } from "../../src/node/io/pipeline-inputs.js";

/** The folder holding the pseudo-language `xx` (tests/fixtures/lang/xx), as a languages folder. */
export const FIXTURE_LANGUAGES = fileURLToPath(new URL("../fixtures/lang", import.meta.url));
export const XX_DIR = path.join(FIXTURE_LANGUAGES, "xx");

/** The value at a dotted path of a parsed profile. */
function at(value: unknown, dotted: string): unknown {
  return dotted
    .split(".")
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

/**
 * A profile's text with `translations: [codes]` and, per code, every prose path it uses
 * translated as "<CODE>-<Dutch text>" (a marker a test can look for), except `leaveOut`.
 */
export function withTranslations(
  text: string,
  codes: readonly string[] = ["xx"],
  leaveOut: readonly string[] = [],
): string {
  const data = parse(text) as Record<string, unknown>;
  const paths = prosePathsInUse(data as unknown as Profile).filter((p) => !leaveOut.includes(p));
  data.translations = [...codes];
  data.translated = Object.fromEntries(
    codes.map((code) => [
      code,
      Object.fromEntries(paths.map((p) => [p, `${code.toUpperCase()}-${String(at(data, p))}`])),
    ]),
  );
  return stringify(data, { lineWidth: 0 });
}

/** The pipeline's inputs with the fixture's languages read too. */
export function inputsWithXx(tools: readonly ToolId[] | "all", languages = ["xx"]) {
  return loadPipelineInputs(tools, { languages, languagesDir: FIXTURE_LANGUAGES });
}
