/**
 * One centre's pipeline, for `generate`, the batch workers and the web page: a profile's text
 * and the templates folder (an InputSource) -> documents made and checked -> files rendered in
 * memory. Reading and writing files is the host's (src/node/io/index.ts).
 */

export type { InputSource } from "../files/input-source.js";
export { memorySource } from "../files/memory-source.js";
export {
  type LoadedProfile,
  type LogoRead,
  type ProfileInputs,
  parseProfileText,
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
export {
  checkDocument,
  type DocumentOptions,
  makeDocument,
  type PreparedDocument,
  prepareDocument,
} from "./make-document.js";
export { type InputFiles, type PipelineInputs, readPipelineInputs } from "./pipeline-inputs.js";
export { type RenderedFile, renderDocument } from "./render-document.js";
