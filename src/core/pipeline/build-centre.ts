import { UserError } from "../errors/user-error.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import type { Format } from "../render/registry.js";
import { centreSpecs, type DocumentSpec, dutchSpecOf } from "./document-spec.js";
import {
  type DocumentOptions,
  documentTemplates,
  type PreparedDocument,
  prepareDocument,
} from "./make-document.js";
import type { PipelineInputs } from "./pipeline-inputs.js";
import { type RenderedFile, renderDocument } from "./render-document.js";
import { formatsOf, type PdfRefusal, renderFormats } from "./render-formats.js";

export interface BuildOptions extends DocumentOptions {
  /** The documents to make; default every document for the profile's own tools. */
  readonly specs?: readonly DocumentSpec[];
  readonly formats: readonly Format[];
  /**
   * Where a PDF that cannot be made is told; its document's other formats are still made. Without
   * it such a PDF refuses the whole centre (see renderFormats).
   */
  readonly onPdfRefused?: (refusal: PdfRefusal) => void;
  /**
   * A translation (language code) whose PDF each Dutch letter's e-mail also carries, after the
   * Dutch PDF (`--translation`); the translation must be among the specs.
   */
  readonly attachTranslation?: string;
}

/**
 * Makes one centre's files in memory, without reading or writing any file: every document is
 * made and checked against the checklist first, and if any misses a required clause none is
 * rendered (the UserError lists every missing clause of every document). A document that
 * cannot be made or rendered throws its UserError. This is the whole centre or nothing, as
 * `generate` and the web page want it; a batch, which keeps the good documents of a centre,
 * uses prepareDocument and renderDocument itself.
 */
export async function buildCentre(
  loaded: LoadedProfile,
  inputs: PipelineInputs,
  options: BuildOptions,
): Promise<RenderedFile[]> {
  const specs = options.specs ?? centreSpecs(loaded.profile.tools);
  const prepared = specs.map((spec) => prepareDocument(loaded, spec, inputs, options));
  const refused = prepared.filter((p) => p.missing.length > 0);
  if (refused.length > 0) {
    // A refused letter says so; guides alone get their own message.
    const letters = refused.some((r) => r.spec.kind === "letter");
    throw new UserError(
      letters ? "generate.letterRefused" : "guide.refused",
      // The pupil's and the parents' letter come from one template: a clause missing from it
      // is named once, and so is the tool.
      { file: loaded.file, tools: [...new Set(refused.map((r) => r.spec.tool))].join(", ") },
      [...new Map(refused.flatMap((r) => r.missing).map((p) => [JSON.stringify(p), p])).values()],
    );
  }
  const attach = options.attachTranslation;
  // The translation attached to the Dutch e-mails is rendered first, so its PDF is at hand;
  // the files are still returned in the order of the specs.
  const order = attach
    ? [
        ...prepared.filter((p) => p.spec.lang === attach),
        ...prepared.filter((p) => p.spec.lang !== attach),
      ]
    : prepared;
  const translationPdfs = new Map<string, { fileName: string; data: Uint8Array }>();
  const rendered = new Map<PreparedDocument, RenderedFile[]>();
  for (const document of order) {
    const { spec } = document;
    const templates = documentTemplates(spec, inputs);
    const more = !spec.lang && attach ? translationPdfs.get(spec.baseName) : undefined;
    const files = await renderFormats(
      document,
      formatsOf(document, options.formats),
      loaded,
      templates,
      options.onPdfRefused,
      {
        // A translation's e-mail is the Dutch e-mail template's; its language has none.
        ...(spec.lang ? { templates: inputs.templates } : {}),
        ...(more ? { more: [more] } : {}),
      },
    );
    rendered.set(document, files);
    if (attach && spec.lang === attach && options.formats.includes("eml")) {
      const pdf =
        files.find((f) => f.format === "pdf") ??
        (await renderDocument(document, "pdf", loaded, templates));
      translationPdfs.set(dutchSpecOf(spec).baseName, {
        fileName: `${spec.baseName}.pdf`,
        data: pdf.bytes,
      });
    }
  }
  return prepared.flatMap((document) => rendered.get(document) ?? []);
}
