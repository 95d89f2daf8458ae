// Loaded in the page by same-bytes.test.ts: the fonts first, then the renderers, as the site
// loads them; window.renderInPage renders a document and gives the SHA-256 of each format.
import { provideFontFile } from "../../src/site/fonts.js";

async function loadFonts(names: readonly string[]): Promise<void> {
  for (const name of names) {
    const bytes = new Uint8Array(await (await fetch(`/fonts/${name}`)).arrayBuffer());
    provideFontFile(name, bytes);
  }
}

async function hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>),
  );
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function renderInPage(carried: {
  meta: { logo?: { data: number[] | Uint8Array } };
}): Promise<{ pdf: string; docx: string }> {
  const { renderPdf, renderDocx } = await import("../../src/site/renderers.js");
  if (carried.meta.logo) carried.meta.logo.data = new Uint8Array(carried.meta.logo.data);
  const doc = carried as unknown as Parameters<typeof renderPdf>[0];
  return { pdf: await hex(await renderPdf(doc)), docx: await hex(await renderDocx(doc)) };
}

Object.assign(globalThis, { loadFonts, renderInPage });
