import type { Document } from "../document/document.js";

/** The filled-in Markdown, as the template produced it. */
export async function renderMd(doc: Document): Promise<Uint8Array> {
  return new TextEncoder().encode(doc.markdown.endsWith("\n") ? doc.markdown : `${doc.markdown}\n`);
}
