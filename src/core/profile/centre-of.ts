import type { Profile } from "./profile-schema.js";

/**
 * The profile fields a template does not see under `centre`: the logo, the tools and contracts
 * (the template sees its own tool as `tool`), and how the letter is made (signature block, PDF/A,
 * date, which reach it as `letter`; the translations, chosen per run). One list for the letters, the e-mail and the validator's
 * list of known variables, so a new field of this kind is kept out everywhere at once.
 */
export const NOT_IN_CENTRE = [
  "logo",
  "tools",
  "contracts",
  "signature",
  "pdfA",
  "letterDate",
  // The languages are chosen per run; a translated letter sees its own language's prose only.
  "translations",
  "translated",
] as const satisfies readonly (keyof Profile)[];

export type Centre = Omit<Profile, (typeof NOT_IN_CENTRE)[number]>;

/** The profile as templates see it under `centre`. */
export function centreOf(profile: Profile): Centre {
  const centre: Partial<Profile> = { ...profile };
  for (const key of NOT_IN_CENTRE) delete centre[key];
  return centre as Centre;
}
