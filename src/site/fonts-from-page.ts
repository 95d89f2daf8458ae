import { provideFontFile } from "../core/render/fast/font-files.browser.js";

/*
 * The font files reach the renderers as scripts (fonts/<n>.js, made by scripts/build-site.js):
 * each calls globalThis.provideFontFile(name, base64), which a file:// page allows where fetch()
 * is refused. Before this part loads, the page's own provideFontFile queues them
 * (page/font-loader.js); this module, imported first by render-part.ts, hands the queued ones
 * to the renderers before fontkit parses the regular face, and takes over for the later ones.
 */

type FontQueue = [name: string, base64: string][];
const host = globalThis as { clbFontQueue?: FontQueue; provideFontFile?: unknown };

const given = new Set<string>();

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function give(name: string, base64: string): void {
  provideFontFile(name, decodeBase64(base64));
  given.add(name);
}

for (const [name, base64] of host.clbFontQueue ?? []) give(name, base64);
host.clbFontQueue = [];
host.provideFontFile = give;

/** Whether the page has given this font file. */
export function isFontGiven(name: string): boolean {
  return given.has(name);
}
