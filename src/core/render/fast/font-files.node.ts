import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * The bytes of a font file of an installed package ("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
 * read from node_modules. The browser's twin (font-files.browser.ts) gives the bytes the page
 * fetched from the site's own folder.
 */
export function fontFileBytes(name: string): Uint8Array {
  return readFileSync(require.resolve(name));
}
