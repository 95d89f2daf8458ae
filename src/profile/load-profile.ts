import path from "node:path";
import { type Problem, UserError } from "../errors/user-error.js";
import { readBounded, readBoundedText } from "../files/read-bounded.js";
import { parseYamlSource, yamlFieldAt } from "../yaml/yaml-source.js";
import { issuesToProblems } from "./issue-to-problem.js";
import { type Profile, ProfileSchema } from "./profile-schema.js";
import { type Logo, sniffImage } from "./sniff-image.js";

export const MAX_PROFILE_BYTES = 256 * 1024;
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** A centre's logo as read with its profile: the image, and the file it came from. */
export interface ProfileLogo extends Logo {
  readonly file: string;
}

/** A field of a profile as a path: `["complaint", "email"]`, `["tools", 1]`. */
export type FieldPath = readonly (string | number)[];

/** Where a profile value was in its file (1-based), when that is known. */
export type LocateField = (field: FieldPath) => { line: number; column: number } | undefined;

export interface LoadedProfile {
  readonly file: string;
  readonly profile: Profile;
  readonly logo?: ProfileLogo;
  /**
   * Where each value came from, kept from load time: a later step (a character the PDF cannot
   * show) names the line without reading and parsing the file again.
   */
  readonly locate?: LocateField;
}

export interface ParseProfileOptions {
  /**
   * The logo's bytes, when they do not come from a file next to the profile (an upload in the
   * web page). They are checked like a logo read from disk.
   */
  readonly logo?: Uint8Array;
}

/**
 * Reads and validates one centre's profile. Every problem in the file is collected and thrown
 * together in one UserError, each with file, line, column and field.
 */
export async function loadProfile(file: string): Promise<LoadedProfile> {
  let text: string;
  try {
    text = await readBoundedText(file, MAX_PROFILE_BYTES, yamlFieldAt);
  } catch (error) {
    // Reported like any other problem in the profile, with the field it is in.
    if (error instanceof UserError && error.key === "error.notUtf8") {
      throw invalid(file, error.problems);
    }
    throw error;
  }
  return parseProfile(file, text);
}

/**
 * Validates a profile from its text, without reading any file except its logo, and that only
 * when `options.logo` does not hold it. `file` names the profile in messages and is where a
 * logo path is resolved from.
 */
export async function parseProfile(
  file: string,
  text: string,
  options: ParseProfileOptions = {},
): Promise<LoadedProfile> {
  const { source, problems } = parseYamlSource(file, text);
  if (!source) throw invalid(file, problems);
  if (source.value === null || typeof source.value !== "object" || Array.isArray(source.value)) {
    throw invalid(file, [{ file, line: 1, column: 1, key: "profile.notAMapping" }]);
  }
  const result = ProfileSchema.safeParse(source.value, { reportInput: true });
  if (!result.success)
    throw invalid(file, issuesToProblems(result.error.issues, ProfileSchema, source));
  const profile = result.data;
  const locate: LocateField = (field) => source.locate(field);
  if (profile.logo === undefined) return { file, profile, locate };

  const logoProblem = (
    key: Problem["key"],
    params: Record<string, string | number> = {},
  ): never => {
    throw invalid(file, [
      {
        file,
        ...source.locate(["logo"]),
        field: "logo",
        key,
        params: { value: profile.logo ?? "", ...params },
      },
    ]);
  };
  const base = path.dirname(path.resolve(file));
  const logoPath = path.resolve(base, profile.logo);
  if (!logoPath.startsWith(base + path.sep)) logoProblem("profile.logoPath");
  let data: Buffer;
  try {
    // A view, not a copy: the renderers take the logo as a Buffer, as read from disk.
    data = options.logo
      ? Buffer.from(options.logo.buffer, options.logo.byteOffset, options.logo.byteLength)
      : await readBounded(logoPath, MAX_LOGO_BYTES);
    if (data.length > MAX_LOGO_BYTES) {
      throw new UserError("error.fileTooLarge", { file: logoPath, size: data.length });
    }
  } catch (error) {
    if (error instanceof UserError && error.key === "error.fileTooLarge") {
      return logoProblem("profile.logoTooLarge", {
        size: Number(error.params.size),
        max: MAX_LOGO_BYTES,
      });
    }
    return logoProblem("profile.logoMissing");
  }
  const logo = sniffImage(data);
  if (!logo) return logoProblem("profile.logoType");
  return { file, profile, logo: { ...logo, file: logoPath }, locate };
}

function invalid(file: string, problems: readonly Problem[]): UserError {
  return new UserError("profile.invalid", { file, count: problems.length }, problems);
}
