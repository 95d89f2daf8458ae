import path from "node:path";
import { type Problem, UserError } from "../errors/user-error.js";
import { readBounded, readBoundedText } from "../files/read-bounded.js";
import { loadShippedTools } from "../tools/load-tools.js";
import { toolChoices } from "../tools/tool-catalog.js";
import { boundProblems } from "../yaml/bound-problems.js";
import { parseYamlSource, type YamlSource, yamlFieldAt } from "../yaml/yaml-source.js";
import { issuesToProblems } from "../yaml/zod-issues.js";
import {
  MAX_OWN_CONSENT_AGE,
  MIN_OWN_CONSENT_AGE,
  type Profile,
  profileSchema,
  type ToolChoices,
} from "./profile-schema.js";

export type { ToolChoices };

import { type Logo, sniffImage } from "./sniff-image.js";

/** The range the age message names (the schema says only "profile.age"). */
const AGE_MESSAGE = {
  "profile.age": { min: MIN_OWN_CONSENT_AGE, max: MAX_OWN_CONSENT_AGE },
} as const;

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

/**
 * Where each text value of a profile was in its file (1-based), by dotted field path
 * (`complaint.email`, `tools.1`). Plain data, so it crosses to a batch's worker threads.
 */
export type FieldPositions = Readonly<Record<string, { line: number; column: number }>>;

export interface LoadedProfile {
  readonly file: string;
  readonly profile: Profile;
  readonly logo?: ProfileLogo;
  /**
   * Where each text value came from, kept from load time: a later step (a character the PDF
   * cannot show) names the line without reading and parsing the file again.
   */
  readonly positions?: FieldPositions;
  /**
   * What was changed while loading and should be told, not refused (a soft hyphen taken out of
   * a value), each located like a problem; absent when there is nothing to tell.
   */
  readonly warnings?: readonly Problem[];
}

export interface ParseProfileOptions extends ProfileOptions {
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
  // The shipped tools.yaml only when no other is given: reading it costs tens of milliseconds.
  if (!options.tools) shippedChoices ??= loadShippedTools().then(toolChoices);
  const choices = options.tools ?? (await shippedChoices!);
  let schema = schemas.get(choices);
  if (!schema) {
    schema = profileSchema(choices);
    schemas.set(choices, schema);
  }
  return schema;
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
  const { source, problems, warnings: found } = parseYamlSource(file, text);
  if (!source) throw invalid(file, problems);
  const warnings = found.length > 0 ? { warnings: boundProblems(found) } : {};
  if (source.value === null || typeof source.value !== "object" || Array.isArray(source.value)) {
    throw invalid(file, [{ file, line: 1, column: 1, key: "profile.notAMapping" }]);
  }
  const schema = await schemaFor(options);
  const result = schema.safeParse(source.value, { reportInput: true });
  if (!result.success)
    throw invalid(file, issuesToProblems(result.error.issues, schema, source, AGE_MESSAGE));
  const profile = result.data;
  const positions = textPositions(profile, source);
  if (profile.logo === undefined) return { file, profile, positions, ...warnings };

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
  return { file, profile, logo: { ...logo, file: logoPath }, positions, ...warnings };
}

/** The position of every text value of the profile (a default's is its parent's). */
function textPositions(profile: Profile, source: YamlSource): FieldPositions {
  const positions: Record<string, { line: number; column: number }> = {};
  const walk = (value: unknown, field: (string | number)[]): void => {
    if (typeof value === "string") positions[field.join(".")] = source.locate(field);
    else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(item, [...field, i]);
    } else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) walk(child, [...field, key]);
    }
  };
  walk(profile, []);
  return positions;
}

/** The refusal of a profile: the count is of every problem, the list shows a few of each kind. */
function invalid(file: string, problems: readonly Problem[]): UserError {
  return new UserError(
    "profile.invalid",
    { file, count: problems.length },
    boundProblems(problems),
  );
}
