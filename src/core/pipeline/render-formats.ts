import { isUserError, type UserError } from "../errors/user-error.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import type { Format } from "../render/registry.js";
import type { TemplateSet } from "../template/load-templates.js";
import type { PreparedDocument } from "./make-document.js";
import { type RenderedFile, renderDocument } from "./render-document.js";

export { formatsOf } from "./formats-of.js";

/** A document's PDF that could not be made, and the formats left out with it. */
export interface PdfRefusal {
  readonly baseName: string;
  /** `pdf`, and `eml` when asked for: the e-mail carries the PDF. */
  readonly formats: readonly Format[];
  readonly error: UserError;
}

/**
 * Renders one checked document in each format, in the order given. The PDF is rendered once:
 * the e-mail draft attaches the very bytes written as the .pdf file. A PDF that cannot be made
 * (a character no font of ours has, `pdf.unprintable`) throws, unless `onPdfRefused` is given:
 * then the PDF and the e-mail that would carry it are left out and said there, and the formats
 * that show every character (DOCX, Markdown, text) are still made (issue 27, point 4).
 */
export async function renderFormats(
  prepared: PreparedDocument,
  formats: readonly Format[],
  loaded: LoadedProfile,
  templates: TemplateSet,
  onPdfRefused?: (refusal: PdfRefusal) => void,
  /** For `eml`: the Dutch templates of a translation, and translations' PDFs to attach. */
  email: Parameters<typeof renderDocument>[5] = {},
): Promise<RenderedFile[]> {
  let pdf: RenderedFile | undefined;
  let kept = formats;
  if (formats.includes("pdf") || formats.includes("eml")) {
    try {
      pdf = await renderDocument(prepared, "pdf", loaded, templates);
    } catch (error) {
      if (!onPdfRefused || !isUserError(error) || error.key !== "pdf.unprintable") throw error;
      const refused: Format[] = formats.filter((f) => f === "pdf" || f === "eml");
      onPdfRefused({ baseName: prepared.spec.baseName, formats: refused, error });
      kept = formats.filter((f) => !refused.includes(f));
    }
  }
  const files: RenderedFile[] = [];
  for (const format of kept) {
    if (format === "pdf" && pdf) files.push(pdf);
    else files.push(await renderDocument(prepared, format, loaded, templates, pdf?.bytes, email));
  }
  return files;
}
