import path from "node:path";
import { UserError } from "../../core/errors/user-error.js";
import {
  invalidProfile,
  type LoadedProfile,
  type LogoRead,
  MAX_LOGO_BYTES,
  MAX_PROFILE_BYTES,
  parseProfileText,
  type ToolChoices,
} from "../../core/profile/load-profile.js";
import { toolChoices } from "../../core/tools/tool-catalog.js";
import { yamlFieldAt } from "../../core/yaml/yaml-source.js";
import { loadShippedTools } from "./load-tools.js";
import { readBounded, readBoundedText } from "./read-bounded.js";

export interface ProfileOptions {
  /**
   * The tools the profile may name (from the tools.yaml in use, see tools/tool-catalog.ts
   * toolChoices); default the shipped tools.yaml.
   */
  readonly tools?: ToolChoices;
}

export interface ParseProfileOptions extends ProfileOptions {
  /**
   * The logo's bytes, when they do not come from a file next to the profile (an upload in the
   * web page). They are checked like a logo read from disk.
   */
  readonly logo?: Uint8Array;
}

/**
 * Reads and validates one centre's profile file. Every problem in the file is collected and
 * thrown together in one UserError, each with file, line, column and field.
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
      throw invalidProfile(file, error.problems);
    }
    throw error;
  }
  return parseProfile(file, text, options);
}

let shippedChoices: Promise<ToolChoices> | undefined;

/**
 * Validates a profile from its text (see parseProfileText), reading no file except its logo,
 * and that only when `options.logo` does not hold it. `file` names the profile in messages and
 * is where a logo path is resolved from.
 */
export async function parseProfile(
  file: string,
  text: string,
  options: ParseProfileOptions = {},
): Promise<LoadedProfile> {
  // The shipped tools.yaml only when no other is given: reading it costs tens of milliseconds.
  if (!options.tools) shippedChoices ??= loadShippedTools().then(toolChoices);
  const tools = options.tools ?? (await shippedChoices!);
  return parseProfileText(file, text, {
    tools,
    readLogo: (name) => readLogo(file, name, options.logo),
  });
}

/** The logo `name` of profile `file`: inside the profile's folder, at most MAX_LOGO_BYTES. */
async function readLogo(file: string, name: string, given?: Uint8Array): Promise<LogoRead> {
  const base = path.dirname(path.resolve(file));
  const logoPath = path.resolve(base, name);
  if (!logoPath.startsWith(base + path.sep)) return { refused: "outside" };
  if (given) {
    // A view, not a copy: the renderers take the logo as a Buffer, as read from disk.
    const bytes = Buffer.from(given.buffer, given.byteOffset, given.byteLength);
    return { file: logoPath, bytes };
  }
  try {
    return { file: logoPath, bytes: await readBounded(logoPath, MAX_LOGO_BYTES) };
  } catch (error) {
    if (error instanceof UserError && error.key === "error.fileTooLarge") {
      return { refused: "tooLarge", size: Number(error.params.size) };
    }
    return { refused: "missing" };
  }
}
