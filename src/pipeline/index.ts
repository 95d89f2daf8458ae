/**
 * One centre's pipeline, for `generate`, the batch workers and the web page: a profile (from a
 * file or from memory) -> documents made and checked -> files rendered in memory -> written.
 */

export {
  type LoadedProfile,
  loadProfile,
  type ParseProfileOptions,
  parseProfile,
} from "../profile/load-profile.js";
export { type BuildOptions, buildCentre } from "./build-centre.js";
export { type ContractSplit, splitByContract } from "./contract-refusal.js";
export {
  AUDIENCES,
  type Audience,
  centreSpecs,
  DOCUMENT_CHOICES,
  DOCUMENT_KINDS,
  type DocumentChoice,
  type DocumentKind,
  type DocumentSpec,
  guideSpec,
  isDocumentChoice,
  letterSpec,
  outputName,
} from "./document-spec.js";
export { type GeneratedLetter, type GenerateOptions, generateCentre } from "./generate-centre.js";
export {
  checkDocument,
  type DocumentOptions,
  makeDocument,
  type PreparedDocument,
  prepareDocument,
} from "./make-document.js";
export { type InputFiles, loadPipelineInputs, type PipelineInputs } from "./pipeline-inputs.js";
export { type RenderedFile, renderDocument } from "./render-document.js";
export {
  resolveOutput,
  type WrittenFile,
  writeRenderedFile,
  writeRenderedFiles,
} from "./write-files.js";
