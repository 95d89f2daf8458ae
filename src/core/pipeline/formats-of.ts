import type { Format } from "../render/registry.js";
import type { PreparedDocument } from "./make-document.js";

/**
 * The formats a document is made in: a staff guide is no letter to e-mail to a client. A module
 * of its own, importing no renderer, so the page's form script can list a document's files
 * without bundling the renderers (src/site/centre-documents.ts).
 */
export function formatsOf(prepared: PreparedDocument, formats: readonly Format[]): Format[] {
  return prepared.spec.kind === "guide" ? formats.filter((f) => f !== "eml") : [...formats];
}
