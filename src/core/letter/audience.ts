/**
 * Who a letter speaks to: the pupil ("je") from the centre's consent age on, or the parents or
 * guardian ("je kind") below it. Each tool has one letter per audience, from the same template.
 */
export const AUDIENCES = ["pupil", "parents"] as const;

export type Audience = (typeof AUDIENCES)[number];

/** The part a file name gets for an audience: `toestemming-teams-ouders.pdf`; none for the pupil. */
export const AUDIENCE_FILE_SUFFIX: Record<Audience, string> = { pupil: "", parents: "-ouders" };
