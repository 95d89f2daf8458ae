import { readFile } from "node:fs/promises";
import { UserError } from "../../core/errors/user-error.js";
import {
  type FieldPositions,
  type LoadedProfile,
  MAX_LOGO_BYTES,
} from "../../core/profile/load-profile.js";
import type { Profile } from "../../core/profile/profile-schema.js";
import { sniffImage } from "../../core/profile/sniff-image.js";
import { readBounded } from "../io/read-bounded.js";
import { fileSha256 } from "./hash.js";

/**
 * A centre as a batch keeps it from start to end: the checked profile and the hash of what its
 * letters are made from, but not the bytes of its logo. A coordinating body may have hundreds
 * of centres, each with a logo of up to 2 MB; keeping every logo would make a batch's memory
 * grow with the number of centres. The logo is read again where the letters are made.
 */
export interface HeldCentre {
  readonly file: string;
  readonly profile: Profile;
  /** The profile file followed by its logo (the manifest's `inputs.profile`). */
  readonly profileHash: string;
  readonly logo?: { readonly file: string; readonly sha256: string; readonly bytes: number };
  /** Where the profile's values are in its file, for messages made in a worker thread. */
  readonly positions?: FieldPositions;
}

/** The profile file, followed by its logo when it has one. */
export async function profileHash(loaded: LoadedProfile): Promise<string> {
  return fileSha256(await readFile(loaded.file), loaded.logo?.data ?? new Uint8Array());
}

/** Keeps what a batch needs of a loaded profile; the logo's bytes are let go. */
export async function holdCentre(loaded: LoadedProfile): Promise<HeldCentre> {
  const held = {
    file: loaded.file,
    profile: loaded.profile,
    profileHash: await profileHash(loaded),
    ...(loaded.positions ? { positions: loaded.positions } : {}),
  };
  if (!loaded.logo) return held;
  const { file, data } = loaded.logo;
  return { ...held, logo: { file, sha256: fileSha256(data), bytes: data.length } };
}

/**
 * The profile with its logo read again. The logo must still be the one the batch checked and
 * hashed: a letter never shows another logo than the one its manifest entry describes.
 */
export async function reloadCentre(centre: HeldCentre): Promise<LoadedProfile> {
  const base = {
    file: centre.file,
    profile: centre.profile,
    ...(centre.positions ? { positions: centre.positions } : {}),
  };
  if (!centre.logo) return base;
  let data: Buffer | undefined;
  try {
    data = await readBounded(centre.logo.file, MAX_LOGO_BYTES);
  } catch {
    data = undefined;
  }
  const logo = data && fileSha256(data) === centre.logo.sha256 ? sniffImage(data) : undefined;
  if (!logo)
    throw new UserError("batch.logoChanged", { file: centre.file, logo: centre.logo.file });
  return { ...base, logo: { ...logo, file: centre.logo.file } };
}
