import type { Document } from "../document/document.js";
import { documentText } from "../document/document-text.js";
import { firstLayerBlocks } from "../document/second-layer.js";
import type { Profile } from "../profile/profile-schema.js";

/** A letter's PDF whose first layer does not fit on page 1 (DESIGN: page 1 is the first layer). */
export interface FirstLayerOverflow {
  /** The pages it takes. */
  readonly pages: number;
  /** The profile's fields whose values are in the first layer, longest first (at most three). */
  readonly fields: readonly string[];
}

// Shorter values (a phone number, "CLB") are not what pushes a page over.
const MIN_LENGTH = 12;
// An e-mail or web address is what it is: no advice to shorten it.
const ADDRESS = /^(?:\S+@\S+|https?:\/\/\S+)$/;

/**
 * What to tell a user whose letter's first layer takes `pages` pages of the PDF: nothing when
 * it fits on page 1, else the profile's values in it that are worth shortening, the longest
 * first, by their field names (`name`, `address.street`, `translated.fr.complaint.contact`).
 */
export function firstLayerOverflow(
  doc: Document,
  profile: Profile,
  pages: number | undefined,
): FirstLayerOverflow | undefined {
  if (pages === undefined || pages <= 1) return undefined;
  const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();
  const text = squeeze(documentText({ blocks: firstLayerBlocks(doc.blocks) }));
  const fields = profileValues(profile)
    .filter(([, value]) => value.length >= MIN_LENGTH && !ADDRESS.test(value.trim()))
    .filter(([, value]) => text.includes(squeeze(value)))
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, 3)
    .map(([field]) => field);
  return { pages, fields };
}

/** Every text of the profile with its field's dotted path. */
function profileValues(value: unknown, at = ""): [string, string][] {
  if (typeof value === "string") return at === "" ? [] : [[at, value]];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) =>
    profileValues(child, at === "" ? key : `${at}.${key}`),
  );
}
