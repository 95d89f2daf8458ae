/**
 * The font files the page fetched from its own folder, by the package path the renderers name
 * them by ("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"). The twin of font-files.node.ts: rendering
 * is synchronous, so the page gives each font before the first letter that needs it
 * (provideFontFile); a font not given is a mistake of the page, not of the profile.
 */
const files = new Map<string, Uint8Array>();

export function provideFontFile(name: string, bytes: Uint8Array): void {
  files.set(name, bytes);
}

export function fontFileBytes(name: string): Uint8Array {
  const bytes = files.get(name);
  if (!bytes) throw new Error(`the page has not loaded the font file ${name}`);
  return bytes;
}
