import type { Format } from "../render/registry.js";
import type { DocumentSpec } from "./document-spec.js";
import type { PreparedDocument } from "./make-document.js";

/**
 * The formats a document is made in. A module of its own, importing no renderer, so the page's
 * form script can list a document's files without bundling the renderers
 * (src/site/centre-documents.ts).
 */
export function formatsOf(prepared: PreparedDocument, formats: readonly Format[]): Format[] {
  return formatsOfSpec(prepared.spec, formats);
}

/**
 * The formats of a document by its spec (the batch plans its files before it makes them). No
 * e-mail draft for a staff guide, which is no letter to a client, nor for a translation: its
 * e-mail would be the Dutch e-mail's text with only the translation attached, not the Dutch
 * letter that counts; the Dutch letter's e-mail carries the translation (`--translation`).
 */
export function formatsOfSpec(spec: DocumentSpec, formats: readonly Format[]): Format[] {
  const emailed = spec.kind === "letter" && spec.lang === undefined;
  return emailed ? [...formats] : formats.filter((f) => f !== "eml");
}
