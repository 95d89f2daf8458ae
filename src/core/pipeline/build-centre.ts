import { UserError } from "../errors/user-error.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import type { Format } from "../render/registry.js";
import { centreSpecs, type DocumentSpec } from "./document-spec.js";
import { type DocumentOptions, guideInputs, prepareDocument } from "./make-document.js";
import type { PipelineInputs } from "./pipeline-inputs.js";
import type { RenderedFile } from "./render-document.js";
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
  const files: RenderedFile[] = [];
  for (const document of prepared) {
    const templates =
      document.spec.kind === "guide" ? guideInputs(inputs).templates : inputs.templates;
    files.push(
      ...(await renderFormats(
        document,
        formatsOf(document, options.formats),
        loaded,
        templates,
        options.onPdfRefused,
      )),
    );
  }
  return files;
}
