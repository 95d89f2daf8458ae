import { isUserError, type Problem } from "../../core/errors/user-error.js";
import { languageCodes, languageNameNl } from "../../core/pipeline/language-inputs.js";
import { chooseTranslations, refuseMissingProse } from "../../core/pipeline/translation-choice.js";
import { unknownTranslation } from "../io/generate-centre.js";
import { templatesSource } from "../io/pipeline-inputs.js";
import type { BatchFailure } from "./batch-report.js";
import { plainError } from "./centre-task.js";
import type { HeldCentre } from "./held-centre.js";

export interface BatchTranslations {
  /** The centres whose choice of translations holds: every centre but those refused. */
  readonly centres: HeldCentre[];
  /** Per centre, the translations to make (those its profile has the prose for). */
  readonly of: ReadonlyMap<HeldCentre, readonly string[]>;
  /** Every language some centre gets, in code order: the batch reads these folders. */
  readonly languages: readonly string[];
  /** A centre whose `translations`/`translated` is refused; a language without its prose. */
  readonly failures: BatchFailure[];
  /** Texts under `translated` in a language not made, which change no file (chooseTranslations). */
  readonly warnings: Problem[];
}

/**
 * Chooses each centre's translations as `generate` does (chooseTranslations): `override` (the
 * run's `--translations`) or the profile's list. A code without a language folder in the
 * override stops the run (a usage error); one in a profile refuses that centre's translations
 * only, and its Dutch letters are still made. A language
 * whose prose the profile lacks is refused for that centre, naming each missing path, and its
 * Dutch letters and other translations are still made.
 */
export async function batchTranslations(
  centres: readonly HeldCentre[],
  templatesDir: string,
  override?: readonly string[],
): Promise<BatchTranslations> {
  const source = await templatesSource({ templatesDir });
  const available = await languageCodes(source);
  const unknown = override?.find((code) => !available.includes(code));
  if (unknown !== undefined) throw unknownTranslation(unknown, available);
  // Read once, when some centre has translations: a refusal names the language.
  let names: ReadonlyMap<string, string> | undefined;
  const kept: HeldCentre[] = [];
  const of = new Map<HeldCentre, string[]>();
  const failures: BatchFailure[] = [];
  const warnings: Problem[] = [];
  for (const centre of centres) {
    const loaded = {
      file: centre.file,
      profile: centre.profile,
      positions: centre.positions ?? {},
    };
    let codes: string[];
    try {
      codes = chooseTranslations(loaded, available, override, warnings);
    } catch (error) {
      if (!isUserError(error)) throw error;
      // The centre's Dutch letters are still made; only its translations are refused.
      failures.push({ file: centre.file, error: plainError(error) });
      kept.push(centre);
      of.set(centre, []);
      continue;
    }
    if (codes.length === 0) {
      kept.push(centre);
      of.set(centre, []);
      continue;
    }
    names ??= new Map(
      await Promise.all(available.map(async (c) => [c, await languageNameNl(source, c)] as const)),
    );
    const known = names;
    const { made, refusals } = refuseMissingProse(loaded, codes, (c) => known.get(c) ?? c);
    for (const refusal of refusals)
      failures.push({ file: centre.file, error: plainError(refusal) });
    kept.push(centre);
    of.set(centre, made);
  }
  const languages = [...new Set([...of.values()].flat())].sort();
  return { centres: kept, of, languages, failures, warnings };
}
