import { type Problem, UserError } from "../errors/user-error.js";
import { boundProblems } from "../yaml/bound-problems.js";
import { parseYamlSource, type YamlSource } from "../yaml/yaml-source.js";
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

/**
 * A logo as the host found it: its bytes and the name messages and the manifest use, or why
 * there is none (`outside`: the name leads out of the profile's folder; `tooLarge`: refused
 * unread, `size` bytes).
 */
export type LogoRead =
  | { readonly file: string; readonly bytes: Uint8Array }
  | { readonly refused: "outside" }
  | { readonly refused: "missing" }
  | { readonly refused: "tooLarge"; readonly size: number };

/** What checking a profile needs besides its text. */
export interface ProfileInputs {
  /** The tools the profile may name (see tools/tool-catalog.ts toolChoices). */
  readonly tools: ToolChoices;
  /** Finds the logo the profile's `logo:` names (a path relative to the profile's folder). */
  readonly readLogo: (name: string) => Promise<LogoRead>;
}

// One schema per tools.yaml: a batch reads a thousand profiles against the same tools.
const schemas = new WeakMap<ToolChoices, ReturnType<typeof profileSchema>>();

function schemaFor(choices: ToolChoices) {
  let schema = schemas.get(choices);
  if (!schema) {
    schema = profileSchema(choices);
    schemas.set(choices, schema);
  }
  return schema;
}

/**
 * Validates a profile from its text, reading nothing but its logo (through `inputs.readLogo`).
 * `file` names the profile in messages. Every problem is collected and thrown together in one
 * UserError, each with file, line, column and field.
 */
export async function parseProfileText(
  file: string,
  text: string,
  inputs: ProfileInputs,
): Promise<LoadedProfile> {
  const { source, problems, warnings: found } = parseYamlSource(file, text);
  if (!source) throw invalidProfile(file, problems);
  const warnings = found.length > 0 ? { warnings: boundProblems(found) } : {};
  if (source.value === null || typeof source.value !== "object" || Array.isArray(source.value)) {
    throw invalidProfile(file, [{ file, line: 1, column: 1, key: "profile.notAMapping" }]);
  }
  const schema = schemaFor(inputs.tools);
  const result = schema.safeParse(source.value, { reportInput: true });
  if (!result.success)
    throw invalidProfile(file, issuesToProblems(result.error.issues, schema, source, AGE_MESSAGE));
  const profile = result.data;
  const positions = textPositions(profile, source);
  if (profile.logo === undefined) return { file, profile, positions, ...warnings };

  const logoProblem = (
    key: Problem["key"],
    params: Record<string, string | number> = {},
  ): never => {
    throw invalidProfile(file, [
      {
        file,
        ...source.locate(["logo"]),
        field: "logo",
        key,
        params: { value: profile.logo ?? "", ...params },
      },
    ]);
  };
  const read = await inputs.readLogo(profile.logo);
  if ("refused" in read) {
    if (read.refused === "outside") return logoProblem("profile.logoPath");
    if (read.refused === "missing") return logoProblem("profile.logoMissing");
    return logoProblem("profile.logoTooLarge", { size: read.size, max: MAX_LOGO_BYTES });
  }
  if (read.bytes.length > MAX_LOGO_BYTES) {
    return logoProblem("profile.logoTooLarge", { size: read.bytes.length, max: MAX_LOGO_BYTES });
  }
  const logo = sniffImage(read.bytes);
  if (!logo) return logoProblem("profile.logoType");
  return { file, profile, logo: { ...logo, file: read.file }, positions, ...warnings };
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
export function invalidProfile(file: string, problems: readonly Problem[]): UserError {
  return new UserError(
    "profile.invalid",
    { file, count: problems.length },
    boundProblems(problems),
  );
}
