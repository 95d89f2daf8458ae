import { fontFileBytes } from "../../core/render/fast/font-files.node.js";

/*
 * The site's font scripts (fonts/<face>.js): each font file as a classic script that hands it
 * to the page, since a page opened from a file:// folder can fetch nothing. The build writes
 * them into site/ (scripts/build-site.js); the package does not ship them (package.json
 * `files`), because they are base64 of the font files its dependencies already install, about
 * 30 MB for the CJK fonts. `clb-consent web` makes each one from the installed font file when
 * the page first asks for it: the same bytes as the build's.
 */

/** The script that gives one font file (named as the renderers name it) to the page. */
export function fontScript(name: string, bytes: Uint8Array): string {
  return `provideFontFile(${JSON.stringify(name)},"${Buffer.from(bytes).toString("base64")}");\n`;
}

/** The font script at a URL path of the site (`/fonts/han.js`), or undefined if none is. */
export async function fontScriptAt(urlPath: string): Promise<Uint8Array | undefined> {
  const face = /^\/fonts\/([A-Za-z]+)\.js$/.exec(urlPath)?.[1];
  if (face === undefined) return undefined;
  // Loaded only here: the faces' table sits beside the PDF renderer's font code.
  const { FALLBACK_FACES, FONT_FACES } = await import("../../core/render/pdf/pdf-fonts.js");
  const faces: Readonly<Record<string, string>> = { ...FONT_FACES, ...FALLBACK_FACES };
  const name = Object.hasOwn(faces, face) ? faces[face] : undefined;
  if (name === undefined) return undefined;
  return new TextEncoder().encode(fontScript(name, fontFileBytes(name)));
}
