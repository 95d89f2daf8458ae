import { type Problem, UserError } from "../errors/user-error.js";
import type { Language } from "../letter/language-schema.js";
import { profileProsePaths } from "../letter/prose-fields.js";
import { translationGaps } from "../letter/translated-profile.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import type { DocumentSpec } from "./document-spec.js";
import type { PipelineInputs } from "./pipeline-inputs.js";

/**
 * The translations to make for a centre: `override` (the run's `--translations`, `[]` for
 * none) or the profile's `translations`. Refuses, naming the field, its line and the languages
 * there are, a code without a language folder in `translations`, and, for a language chosen,
 * texts under `translated.<code>` the letters do not show or a code without a folder there. The
 * same in a language not chosen changes no file: it goes to `unused`, for a warning (a profile
 * copied to add a tool carries the other tool's texts). The override's codes are the caller's
 * to check (cli: usage error).
 */
export function chooseTranslations(
  loaded: LoadedProfile,
  available: readonly string[],
  override?: readonly string[],
  unused?: Problem[],
): string[] {
  const { profile, file, positions = {} } = loaded;
  const chosen = override ?? profile.translations ?? [];
  const choices = available.length > 0 ? available.join(", ") : "—";
  const problems: Problem[] = [];
  (profile.translations ?? []).forEach((code, index) => {
    if (available.includes(code)) return;
    problems.push({
      file,
      ...positions[`translations.${index}`],
      field: `translations.${index}`,
      key: "profile.translationUnknown",
      params: { value: code, choices },
    });
  });
  const prose = profileProsePaths(profile.tools);
  for (const [code, texts] of Object.entries(profile.translated ?? {})) {
    const problemsOf = chosen.includes(code) ? problems : (unused ?? []);
    const first = Object.keys(texts)[0];
    const at = first !== undefined ? positions[`translated.${code}.${first}`] : undefined;
    if (!available.includes(code)) {
      problemsOf.push({
        file,
        ...at,
        field: `translated.${code}`,
        key: "profile.translationUnknown",
        params: { value: code, choices },
      });
      continue;
    }
    for (const path of Object.keys(texts)) {
      if (prose.includes(path)) continue;
      problemsOf.push({
        file,
        ...positions[`translated.${code}.${path}`],
        field: `translated.${code}.${path}`,
        key: "profile.translatedPath",
        params: { value: path, choices: prose.join(", ") },
      });
    }
  }
  if (problems.length > 0) {
    throw new UserError("translation.choiceRefused", { file, count: problems.length }, problems);
  }
  return [...chosen];
}

/**
 * The languages of `codes` whose prose the profile has (translationGaps), and for each other
 * one a UserError saying what to add; `nameNl` names a language in the message.
 */
export function refuseMissingProse(
  loaded: LoadedProfile,
  codes: Iterable<string>,
  nameNl: (code: string) => string,
): { made: string[]; refusals: UserError[] } {
  const made: string[] = [];
  const refusals: UserError[] = [];
  for (const code of codes) {
    const gaps = translationGaps(loaded, code);
    if (gaps.length === 0) made.push(code);
    else
      refusals.push(
        new UserError("translation.refused", { file: loaded.file, language: nameNl(code) }, gaps),
      );
  }
  return { made, refusals };
}

/**
 * Sets aside the translations whose prose the profile lacks (refuseMissingProse), so that the
 * centre's Dutch letters and its other translations are still made; one UserError per language
 * says what to add.
 */
export function splitByTranslation(
  loaded: LoadedProfile,
  specs: readonly DocumentSpec[],
  inputs: Pick<PipelineInputs, "languages">,
): { specs: DocumentSpec[]; refusals: UserError[] } {
  const codes = new Set(specs.flatMap((s) => (s.lang ? [s.lang] : [])));
  const { made, refusals } = refuseMissingProse(
    loaded,
    codes,
    (code) => inputs.languages?.get(code)?.language.nameNl ?? code,
  );
  return { specs: specs.filter((s) => !s.lang || made.includes(s.lang)), refusals };
}

/** The translations made that no reader of the language has reviewed yet, for the run's note. */
export function unreviewedLanguages(
  inputs: { readonly languages?: ReadonlyMap<string, { readonly language: Language }> },
  made: Iterable<string>,
): { code: string; name: string; nameNl: string }[] {
  const codes = new Set(made);
  return [...(inputs.languages?.values() ?? [])]
    .filter((l) => codes.has(l.language.code) && !l.language.reviewed)
    .map(({ language }) => ({ code: language.code, name: language.name, nameNl: language.nameNl }));
}
