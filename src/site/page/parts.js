import { siteData } from "../site-data.js";
import { loadScript } from "./load-script.js";

// The font scripts (fonts/*.js) call provideFontFile(name, base64). Until the renderers are
// loaded (render.js, which takes them over: src/site/fonts-from-page.ts), they are queued.
globalThis.clbFontQueue = [];
globalThis.provideFontFile = (name, base64) => globalThis.clbFontQueue.push([name, base64]);

const DEJAVU = [
  "dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
  "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
  "dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf",
  "dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf",
];

function fontScript(name) {
  const script = siteData().fonts[name];
  if (!script) throw new Error(`the site has no font script for ${name}`);
  return loadScript(script);
}

/** The renderers, after the DejaVu faces (fontkit parses the regular face when it loads). */
export async function renderPart() {
  await Promise.all(DEJAVU.map(fontScript));
  await loadScript("render.js");
  return globalThis.clbRenderPart;
}

/** The renderers with every fallback font these documents' PDFs need. */
export async function renderPartFor(docs) {
  const part = await renderPart();
  for (let next = part.fontsNeeded(docs); next; next = part.fontsNeeded(docs)) {
    await fontScript(next);
  }
  return part;
}

export async function checkPart() {
  await loadScript("check.js");
  return globalThis.clbCheckPart;
}
