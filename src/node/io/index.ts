/**
 * The pipeline on disk, for `generate`, the batch and the web server: the core's pipeline
 * (src/core/pipeline/index.ts) with its inputs read from files and its output written to files.
 */

export * from "../../core/pipeline/index.js";
export { type GeneratedLetter, type GenerateOptions, generateCentre } from "./generate-centre.js";
export {
  loadProfile,
  type ParseProfileOptions,
  type ProfileOptions,
  parseProfile,
} from "./load-profile.js";
export { loadInputTools, loadPipelineInputs, templatesSource } from "./pipeline-inputs.js";
export {
  resolveOutput,
  type WrittenFile,
  writeRenderedFile,
  writeRenderedFiles,
} from "./write-files.js";
