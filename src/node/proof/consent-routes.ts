/**
 * The three ways a client agrees, as the letter and the e-mail describe them in
 * templates/partials/routes.md.hbs; the proof's labels (`proof.route.*`) repeat its words.
 */
export const ROUTES = ["email", "signature", "oral"] as const;
export type Route = (typeof ROUTES)[number];

/** Who agreed: the pupil (from the centre's consent age) or a parent or guardian; never a name. */
export const AGREED_BY = ["pupil", "parent"] as const;
export type AgreedBy = (typeof AGREED_BY)[number];

export function isRoute(value: string): value is Route {
  return (ROUTES as readonly string[]).includes(value);
}

export function isAgreedBy(value: string): value is AgreedBy {
  return (AGREED_BY as readonly string[]).includes(value);
}
