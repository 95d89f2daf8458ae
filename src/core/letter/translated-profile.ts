import { type Problem, UserError } from "../errors/user-error.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import type { Profile } from "../profile/profile-schema.js";
import { profileProsePaths } from "./prose-fields.js";

/** The value at a dotted path of the profile (`contracts.teams.retention`), if it is text. */
function valueAt(profile: Profile, path: string): string | undefined {
  let value: unknown = profile;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === "string" ? value : undefined;
}

/** The profile's Dutch prose paths that hold a value: what a translation must give. */
export function prosePathsInUse(profile: Profile): string[] {
  return profileProsePaths(profile.tools).filter((path) => valueAt(profile, path) !== undefined);
}

/**
 * The problems of the profile's `translated.<code>`: each prose path its letters use and the
 * centre did not translate, named at the line of the language's texts (or of its entry in
 * `translations`, or of the Dutch text), with the path to add.
 */
export function translationGaps(loaded: LoadedProfile, code: string): Problem[] {
  const { profile, file, positions = {} } = loaded;
  const own = profile.translated?.[code] ?? {};
  const ownLine = Object.keys(own)
    .map((path) => positions[`translated.${code}.${path}`])
    .find((at) => at !== undefined);
  const listed = profile.translations?.indexOf(code) ?? -1;
  return prosePathsInUse(profile)
    .filter((path) => own[path] === undefined)
    .map((path) => ({
      file,
      ...(ownLine ?? positions[`translations.${listed}`] ?? positions[path]),
      field: `translated.${code}.${path}`,
      key: "translation.proseMissing" as const,
      params: { code, path },
    }));
}

/**
 * The profile as a translation into `code` shows it: each Dutch prose field replaced by the
 * centre's own text in that language. Refuses, naming every missing path, a profile that lacks
 * one: never a Dutch sentence in a translated letter, never one made up.
 */
export function translatedProfile(
  loaded: LoadedProfile,
  code: string,
  name: string,
): LoadedProfile {
  const gaps = translationGaps(loaded, code);
  if (gaps.length > 0) {
    throw new UserError("translation.refused", { file: loaded.file, language: name }, gaps);
  }
  const own = loaded.profile.translated?.[code] ?? {};
  const profile = structuredClone(loaded.profile) as Profile;
  for (const path of prosePathsInUse(loaded.profile)) {
    const keys = path.split(".");
    let target = profile as unknown as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
    target[keys.at(-1)!] = own[path];
  }
  return { ...loaded, profile };
}
