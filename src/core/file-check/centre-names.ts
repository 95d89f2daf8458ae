import type { Profile } from "../profile/profile-schema.js";

/** The centre's own names a letter prints, which the readability measure reads as one word. */
export function centreNames(profile: Profile): string[] {
  return [
    profile.name,
    profile.address.street,
    profile.address.city,
    profile.complaint.contact,
    ...(profile.dpo.name ? [profile.dpo.name] : []),
  ];
}
