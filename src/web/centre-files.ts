import path from "node:path";
import { stringify } from "yaml";
import type { Document } from "../document/document.js";
import { UserError } from "../errors/user-error.js";
import { loadPipelineInputs, parseProfile } from "../io/index.js";
import {
  AUDIENCES,
  buildCentre,
  centreSpecs,
  type LoadedProfile,
  outputName,
  type PipelineInputs,
  type PreparedDocument,
  prepareDocument,
  splitByContract,
} from "../pipeline/index.js";
import { guideInputs } from "../pipeline/make-document.js";
import { formatsOf, renderFormats } from "../pipeline/render-formats.js";
import { FORMATS, type Format } from "../render/registry.js";

/*
 * The web page's one door to the pipeline (src/pipeline/), the same `generate` and the batch
 * use: a profile from the form -> documents made and checked -> files rendered in memory.
 * Nothing here makes a letter itself.
 */

/** Templates, tool facts and checklist: read once per server, never per keystroke. */
export type LetterSources = PipelineInputs;

export function loadLetterSources(): Promise<LetterSources> {
  return loadPipelineInputs("all", { guides: true });
}

/**
 * Everything `generate` makes by default: both letters and the staff guide of each tool that
 * has guide facts (tool-guides.yaml); the others' guides are skipped, as in generate.
 */
function everySpec(loaded: LoadedProfile, sources: LetterSources) {
  return centreSpecs(loaded.profile.tools, {
    audiences: AUDIENCES,
    documents: ["letters", "guides"],
  }).filter(
    (spec) =>
      spec.kind !== "guide" ||
      (sources.guides !== undefined && Object.hasOwn(sources.guides.facts, spec.tool)),
  );
}

/**
 * The documents the centre gets, split once per request: no letter for a tool whose contract
 * facts are missing, and why (the page shows it at the fields while the other tools' letters are
 * still made, as `generate` says it).
 */
export function centreDocuments(loaded: LoadedProfile, sources: LetterSources) {
  return splitByContract(loaded, everySpec(loaded, sources), sources.tools);
}

/** The documents of a centre, as `centreDocuments` split them. */
export type CentreDocuments = ReturnType<typeof centreDocuments>;

/** A logo uploaded with the form: its file name (what the saved profile will name) and bytes. */
export interface UploadedLogo {
  readonly name: string;
  readonly data: Uint8Array;
}

/**
 * Validates the form's values exactly as `generate` validates a profile file: they are written
 * as YAML and go through parseProfile, so every message is the CLI's own, with its field. The
 * server reads no file a request names: the logo is the uploaded one, or none.
 */
export async function profileFromForm(
  file: string,
  values: unknown,
  logo?: UploadedLogo,
): Promise<LoadedProfile> {
  const { logo: _named, ...rest } =
    values !== null && typeof values === "object" && !Array.isArray(values)
      ? (values as Record<string, unknown>)
      : {};
  if (!logo) return parseProfile(file, stringify(rest));
  return parseProfile(file, stringify({ ...rest, logo: path.basename(logo.name) }), {
    logo: logo.data,
  });
}

/** One document the centre gets, as the preview shows it. */
export interface CentreLetter {
  /** Stable key the page chooses a preview with: the document's file name without extension. */
  readonly key: string;
  readonly title: string;
  readonly doc: Document;
  readonly prepared: PreparedDocument;
}

/**
 * The centre's documents, made and checked by the pipeline: a document missing a required
 * clause is refused here as `generate` refuses it.
 */
export function centreLetters(
  loaded: LoadedProfile,
  documents: CentreDocuments,
  sources: LetterSources,
): CentreLetter[] {
  const prepared = documents.specs.map((spec) => prepareDocument(loaded, spec, sources));
  const refused = prepared.filter((p) => p.missing.length > 0);
  if (refused.length > 0) {
    throw new UserError(
      "generate.letterRefused",
      { file: loaded.file, tools: refused.map((r) => r.spec.tool).join(", ") },
      refused.flatMap((r) => r.missing),
    );
  }
  return prepared.map((p) => ({
    key: p.spec.baseName,
    title: p.doc.meta.title,
    doc: p.doc,
    prepared: p,
  }));
}

const MEDIA_TYPES: Partial<Record<Format, string>> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  md: "text/markdown; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  eml: "message/rfc822",
};

/** One file the centre gets, named as `generate` names it inside the centre's folder. */
export interface CentreFile {
  readonly name: string;
  readonly mediaType: string;
  readonly format: Format;
  readonly letter: string;
}

/** Every file the pipeline makes for these documents, in every format, without rendering. */
export function centreFileList(
  loaded: LoadedProfile,
  letters: readonly CentreLetter[],
): CentreFile[] {
  return letters.flatMap((letter) =>
    formatsOf(letter.prepared, FORMATS).map((format) => ({
      name: path.posix.basename(outputName(loaded.profile.id, letter.prepared.spec, format)),
      mediaType: MEDIA_TYPES[format] ?? "application/octet-stream",
      format,
      letter: letter.key,
    })),
  );
}

/** Renders one file of the list. */
export async function renderCentreFile(
  loaded: LoadedProfile,
  letters: readonly CentreLetter[],
  file: CentreFile,
  sources: LetterSources,
): Promise<Uint8Array> {
  const letter = letters.find((l) => l.key === file.letter);
  if (!letter) throw new Error(`no document ${file.letter}`);
  const templates =
    letter.prepared.spec.kind === "guide" ? guideInputs(sources).templates : sources.templates;
  // An e-mail draft is made with its letter's PDF, as `generate` makes it.
  const files = await renderFormats(letter.prepared, [file.format], loaded, templates);
  const rendered = files.find((f) => f.format === file.format);
  if (!rendered) throw new Error(`no ${file.format} of ${file.letter}`);
  return rendered.bytes;
}

/** Every file of the centre, each with its path in the centre's folder (`clb-x/...`). */
export async function allCentreFiles(
  loaded: LoadedProfile,
  documents: CentreDocuments,
  sources: LetterSources,
): Promise<{ path: string; date: string; bytes: Uint8Array }[]> {
  return buildCentre(loaded, sources, { formats: FORMATS, specs: documents.specs });
}
