import type { Document } from "../document/document.js";
import type { Problem } from "../errors/user-error.js";
import { missingGuideClauses } from "../guide/check-guide.js";
import type { GuideInputs } from "../guide/guide-inputs.js";
import { makeGuide } from "../guide/make-guide.js";
import { missingRequiredClauses } from "../letter/check-letter.js";
import { makeLetter } from "../letter/make-letter.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import type { DocumentSpec } from "./document-spec.js";
import type { PipelineInputs } from "./pipeline-inputs.js";

/** Choices that change a document's text, the same for every document of a run. */
export interface DocumentOptions {
  /** Overrides the profile's letterDate and the template's version date. */
  readonly date?: string;
  /** Adds the signature block, whatever the profile says. */
  readonly signature?: boolean;
}

/** A document made and checked, not yet rendered. */
export interface PreparedDocument {
  readonly spec: DocumentSpec;
  readonly doc: Document;
  /** Required clauses the document misses; it is never rendered unless this is empty. */
  readonly missing: readonly Problem[];
}

/**
 * Fills in one document's template for one centre and checks it against the checklist. Throws
 * a UserError when the template cannot be filled in; a missing clause is not thrown but listed,
 * so a caller can refuse one document or the whole centre.
 */
export function prepareDocument(
  loaded: LoadedProfile,
  spec: DocumentSpec,
  inputs: PipelineInputs,
  options: DocumentOptions = {},
): PreparedDocument {
  const doc = makeDocument(loaded, spec, inputs, options);
  return { spec, doc, missing: checkDocument(doc, loaded, spec, inputs) };
}

/** The document for a spec; each kind of document is a case here. */
export function makeDocument(
  loaded: LoadedProfile,
  spec: DocumentSpec,
  inputs: PipelineInputs,
  options: DocumentOptions = {},
): Document {
  switch (spec.kind) {
    case "letter":
      return makeLetter(loaded, spec.tool, {
        templates: inputs.templates,
        tools: inputs.tools,
        audience: spec.audience === "parents" ? "parents" : "pupil",
        ...(options.date ? { date: options.date } : {}),
        ...(options.signature ? { signature: true } : {}),
      });
    case "guide":
      return makeGuide(loaded, spec.tool, guideInputs(inputs), {
        tools: inputs.tools,
        ...(options.date ? { date: options.date } : {}),
      });
  }
}

/** The guides' inputs; a bug when a guide is made without them. */
export function guideInputs(inputs: PipelineInputs): GuideInputs {
  if (!inputs.guides) throw new Error("guides asked for, but loadPipelineInputs did not read them");
  return inputs.guides;
}

/** The required clauses a document misses, each naming its template and the clause. */
export function checkDocument(
  doc: Document,
  loaded: LoadedProfile,
  spec: DocumentSpec,
  inputs: PipelineInputs,
): Problem[] {
  switch (spec.kind) {
    case "letter":
      return missingRequiredClauses(doc, loaded, spec.tool, inputs);
    case "guide":
      return missingGuideClauses(doc, loaded, spec.tool, guideInputs(inputs), inputs.tools);
  }
}
