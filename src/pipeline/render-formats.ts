import type { LoadedProfile } from "../profile/load-profile.js";
import type { Format } from "../render/registry.js";
import type { TemplateSet } from "../template/load-templates.js";
import type { PreparedDocument } from "./make-document.js";
import { type RenderedFile, renderDocument } from "./render-document.js";

/** The formats a document is made in: a staff guide is no letter to e-mail to a client. */
export function formatsOf(prepared: PreparedDocument, formats: readonly Format[]): Format[] {
  return prepared.spec.kind === "guide" ? formats.filter((f) => f !== "eml") : [...formats];
}

/**
 * Renders one checked document in each format, in the order given. The PDF is rendered once:
 * the e-mail draft attaches the very bytes written as the .pdf file.
 */
export async function renderFormats(
  prepared: PreparedDocument,
  formats: readonly Format[],
  loaded: LoadedProfile,
  templates: TemplateSet,
): Promise<RenderedFile[]> {
  const pdf =
    formats.includes("pdf") || formats.includes("eml")
      ? await renderDocument(prepared, "pdf", loaded, templates)
      : undefined;
  const files: RenderedFile[] = [];
  for (const format of formats) {
    if (format === "pdf" && pdf) files.push(pdf);
    else files.push(await renderDocument(prepared, format, loaded, templates, pdf?.bytes));
  }
  return files;
}
