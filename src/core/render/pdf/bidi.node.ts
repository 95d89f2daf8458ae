import { createRequire } from "node:module";
import type { Bidi } from "bidi-js";

/**
 * bidi-js, loaded when first asked for: most letters have no right-to-left text, and loading
 * it costs about 15 ms. It is a CommonJS module whose ES build Node 20 cannot import without
 * warnings. The browser's twin (bidi.browser.ts) imports it with the page's code.
 */
export function bidiFactory(): () => Bidi {
  return createRequire(import.meta.url)("bidi-js") as () => Bidi;
}
