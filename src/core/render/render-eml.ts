import type { Document } from "../document/document.js";

/**
 * The `eml` entry of the format registry. An e-mail wraps the letter's PDF and is written from
 * the centre's e-mail template, which a renderer cannot read; the pipeline makes it with
 * letterEmail (src/core/email/letter-email.ts), so reaching this is a bug.
 */
export async function renderEml(doc: Document): Promise<Uint8Array> {
  throw new Error(
    `eml for ${doc.meta.centreId}/${doc.meta.tool}: made by letterEmail, not by a renderer`,
  );
}
