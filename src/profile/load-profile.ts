import path from "node:path";
import { type Problem, UserError } from "../errors/user-error.js";
import { readBounded, readBoundedText } from "../files/read-bounded.js";
import { loadShippedTools } from "../tools/load-tools.js";
import { toolChoices } from "../tools/tool-catalog.js";
import { parseYamlSource, yamlFieldAt } from "../yaml/yaml-source.js";
import { issuesToProblems } from "./issue-to-problem.js";
import { type Profile, profileSchema, type ToolChoices } from "./profile-schema.js";
import { type Logo, sniffImage } from "./sniff-image.js";

export const MAX_PROFILE_BYTES = 256 * 1024;
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** A centre's logo as read with its profile: the image, and the file it came from. */
export interface ProfileLogo extends Logo {
  readonly file: string;
}

export interface ProfileOptions {
  /**
   * The tools the profile may name (from the tools.yaml in use, see tools/tool-catalog.ts
   * toolChoices); default the shipped tools.yaml.
   */
  readonly tools?: ToolChoices;
}

export interface LoadedProfile {
  readonly file: string;
  readonly profile: Profile;
  readonly logo?: ProfileLogo;
}

/**
 * Reads and validates one centre's profile. Every problem in the file is collected and thrown
 * together in one UserError, each with file, line, column and field.
 */
export async function loadProfile(
  file: string,
  options: ProfileOptions = {},
): Promise<LoadedProfile> {
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
  return parseProfile(file, text, options);
}

// One schema per tools.yaml: a batch reads a thousand profiles against the same tools.
const schemas = new WeakMap<ToolChoices, ReturnType<typeof profileSchema>>();

let shippedChoices: Promise<ToolChoices> | undefined;

async function schemaFor(options: ProfileOptions) {
  shippedChoices ??= loadShippedTools().then(toolChoices);
  const choices = options.tools ?? (await shippedChoices);
  let schema = schemas.get(choices);
  if (!schema) {
    schema = profileSchema(choices);
    schemas.set(choices, schema);
  }
  return schema;
}

export async function parseProfile(
  file: string,
  text: string,
  options: ProfileOptions = {},
): Promise<LoadedProfile> {
  const { source, problems } = parseYamlSource(file, text);
  if (!source) throw invalid(file, problems);
  if (source.value === null || typeof source.value !== "object" || Array.isArray(source.value)) {
    throw invalid(file, [{ file, line: 1, column: 1, key: "profile.notAMapping" }]);
  }
  const schema = await schemaFor(options);
  const result = schema.safeParse(source.value, { reportInput: true });
  if (!result.success) throw invalid(file, issuesToProblems(result.error.issues, schema, source));
  const profile = result.data;
  if (profile.logo === undefined) return { file, profile };

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
    data = await readBounded(logoPath, MAX_LOGO_BYTES);
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
  return { file, profile, logo: { ...logo, file: logoPath } };
}

function invalid(file: string, problems: readonly Problem[]): UserError {
  return new UserError("profile.invalid", { file, count: problems.length }, problems);
}
