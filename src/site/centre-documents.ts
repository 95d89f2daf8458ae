import type { Document } from "../core/document/document.js";
import { UserError } from "../core/errors/user-error.js";
import { memorySource } from "../core/files/memory-source.js";
import { splitByContract } from "../core/pipeline/contract-refusal.js";
import {
  AUDIENCES,
  centreSpecs,
  type DocumentSpec,
  outputName,
} from "../core/pipeline/document-spec.js";
import { formatsOf } from "../core/pipeline/formats-of.js";
import { type PreparedDocument, prepareDocument } from "../core/pipeline/make-document.js";
import { type PipelineInputs, readPipelineInputs } from "../core/pipeline/pipeline-inputs.js";
import { splitByTranslation } from "../core/pipeline/translation-choice.js";
import { type LoadedProfile, parseProfileText } from "../core/profile/load-profile.js";
import type { Format } from "../core/render/registry.js";
import { toolChoices } from "../core/tools/tool-catalog.js";
import { siteData } from "./site-data.js";

/*
 * The page's one door to the pipeline (src/core/pipeline/), the one `generate` uses: profile text
 * (and logo bytes) -> documents made and checked. Rendering is another part of the page
 * (render-part.ts), loaded when a file is first downloaded: nothing here imports a renderer.
 */

/**
 * The formats the page makes: `generate`'s default ones and the e-mail draft, which carries a
 * letter's PDF (a guide gets none, as in `generate`: formatsOf).
 */
export const SITE_FORMATS = [
  "pdf",
  "docx",
  "md",
  "txt",
  "eml",
] as const satisfies readonly Format[];

/**
 * The shipped templates, tools, checklists and guides, from the page's bundle; the
 * translations are loaded when chosen (language-loader.ts).
 */
export function siteInputs(): Promise<PipelineInputs> {
  const files = new Map(Object.entries(siteData().templates));
  return readPipelineInputs(memorySource(files, "templates"), "all", { guides: true });
}

/** A logo the user gave the page: its file name and bytes. */
export interface GivenLogo {
  readonly name: string;
  readonly data: Uint8Array;
}

/**
 * Validates a profile's text exactly as `generate` does (parseProfileText). Its `logo:` is the
 * file the user gave, whatever folder the profile names it in: the page reads no other file.
 * Without one, a profile that names a logo is refused at its `logo` field, as the CLI refuses
 * a logo that is missing.
 */
export function profileFromText(
  file: string,
  text: string,
  inputs: PipelineInputs,
  logo?: GivenLogo,
): Promise<LoadedProfile> {
  return parseProfileText(file, text, {
    tools: toolChoices(inputs.tools),
    readLogo: async (name) => (logo ? { file: name, bytes: logo.data } : { refused: "missing" }),
  });
}

/**
 * Every document `generate` makes by default: both letters and the guide, for tools with guide
 * facts, and the letters in each of `translations` (`--translations`).
 */
function everySpec(
  loaded: LoadedProfile,
  inputs: PipelineInputs,
  translations: readonly string[],
): DocumentSpec[] {
  return centreSpecs(loaded.profile.tools, {
    audiences: AUDIENCES,
    documents: ["letters", "guides"],
    translations,
  }).filter(
    (spec) =>
      spec.kind !== "guide" ||
      (inputs.guides !== undefined && Object.hasOwn(inputs.guides.facts, spec.tool)),
  );
}

/** One of the centre's documents, as the page shows and downloads it. */
export interface CentreDocument {
  /** The file name without extension (`toestemming-teams-ouders`): the preview's choice. */
  readonly key: string;
  readonly doc: Document;
  readonly prepared: PreparedDocument;
  /** File names in the centre's folder, per format. */
  readonly files: readonly { readonly format: Format; readonly path: string }[];
}

/**
 * The centre's documents, why a tool gets none (its contract facts are missing), and why a
 * translation is not made (the profile lacks its prose in that language).
 */
export interface CentreDocuments {
  readonly documents: readonly CentreDocument[];
  readonly refusal?: UserError;
  readonly translationRefusals: readonly UserError[];
}

/**
 * Makes and checks the centre's documents as `generate` does: no translation whose prose the
 * profile lacks, and no letter for a tool whose contract facts are missing (each said, the
 * others still made); a document missing a required clause refuses them all. `inputs` holds
 * the `translations` asked for (loaded by the page: language-loader.ts).
 */
export function centreDocuments(
  loaded: LoadedProfile,
  inputs: PipelineInputs,
  translations: readonly string[] = [],
): CentreDocuments {
  const byLanguage = splitByTranslation(loaded, everySpec(loaded, inputs, translations), inputs);
  const split = splitByContract(loaded, byLanguage.specs, inputs.tools);
  const prepared = split.specs.map((spec) => prepareDocument(loaded, spec, inputs));
  const refused = prepared.filter((p) => p.missing.length > 0);
  if (refused.length > 0) {
    throw new UserError(
      "generate.letterRefused",
      { file: loaded.file, tools: refused.map((r) => r.spec.tool).join(", ") },
      refused.flatMap((r) => r.missing),
    );
  }
  const documents = prepared.map((p) => ({
    key: p.spec.baseName,
    doc: p.doc,
    prepared: p,
    files: formatsOf(p, SITE_FORMATS).map((format) => ({
      format,
      path: outputName(loaded.profile.id, p.spec, format),
    })),
  }));
  return {
    documents,
    ...(split.refusal ? { refusal: split.refusal } : {}),
    translationRefusals: byLanguage.refusals,
  };
}
