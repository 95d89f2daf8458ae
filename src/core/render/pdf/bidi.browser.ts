import type { Bidi } from "bidi-js";
import factory from "bidi-js";

/** bidi-js with the page's code: the twin of bidi.node.ts (which loads it when first needed). */
export function bidiFactory(): () => Bidi {
  return factory as unknown as () => Bidi;
}
