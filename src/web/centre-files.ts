import path from "node:path";
import { stringify } from "yaml";
import type { Checklist } from "../checklist/checklist-schema.js";
import { loadChecklist } from "../checklist/load-checklist.js";
import type { Document } from "../document/document.js";
import { UserError } from "../errors/user-error.js";
import { missingRequiredClauses } from "../letter/check-letter.js";
import { makeLetter } from "../letter/make-letter.js";
import { renderLetter } from "../letter/render-letter.js";
import { letterPath } from "../output/letter-path.js";
import { DEFAULT_TEMPLATES_DIR } from "../paths.js";
import { type LoadedProfile, MAX_LOGO_BYTES, parseProfile } from "../profile/load-profile.js";
import { sniffImage } from "../profile/sniff-image.js";
import { FORMATS, type Format } from "../render/registry.js";
import { loadTemplates, type TemplateSet } from "../template/load-templates.js";
import { templateDataFile } from "../template/template-data-file.js";
import { loadTools } from "../tools/load-tools.js";
import { TOOL_IDS, type ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";

/*
 * The web page's ONE door to the letter-making code. Until the shared one-centre pipeline
 * (src/pipeline/, issue 17) lands, this module calls the same steps `generate` calls
 * (makeLetter, missingRequiredClauses, renderLetter) in memory; switching to the pipeline is
 * a change to this file only.
 */

/** What every letter needs besides the profile: read once per server, never per keystroke. */
export interface LetterSources {
  readonly templates: TemplateSet;
  readonly tools: ToolsFile;
  readonly checklist: Checklist;
}

export async function loadLetterSources(
  templatesDir = DEFAULT_TEMPLATES_DIR,
): Promise<LetterSources> {
  const [tools, templates, checklist] = await Promise.all([
    templateDataFile(templatesDir, "tools.yaml").then(loadTools),
    loadTemplates(templatesDir, TOOL_IDS),
    templateDataFile(templatesDir, "checklist.yaml").then(loadChecklist),
  ]);
  return { templates, tools, checklist };
}

/** A logo uploaded with the form: its file name (what the saved profile will name) and bytes. */
export interface UploadedLogo {
  readonly name: string;
  readonly data: Uint8Array;
}

/**
 * Validates the form's values exactly as `generate` validates a profile file: they are written
 * as YAML and go through parseProfile, so every message is the CLI's own, with its field. The
 * logo is not read from disk (the server reads no files a request names): it is the uploaded one.
 */
export async function profileFromForm(
  file: string,
  values: unknown,
  logo?: UploadedLogo,
): Promise<LoadedProfile> {
  const { logo: _logoName, ...rest } =
    values !== null && typeof values === "object" && !Array.isArray(values)
      ? (values as Record<string, unknown>)
      : {};
  const loaded = await parseProfile(file, stringify(rest));
  if (!logo) return loaded;
  const logoProblem = (key: "profile.logoTooLarge" | "profile.logoType") =>
    new UserError("profile.invalid", { file, count: 1 }, [
      {
        file,
        field: "logo",
        key,
        params: { value: logo.name, size: logo.data.length, max: MAX_LOGO_BYTES },
      },
    ]);
  if (logo.data.length > MAX_LOGO_BYTES) throw logoProblem("profile.logoTooLarge");
  const image = sniffImage(Buffer.from(logo.data.buffer, logo.data.byteOffset, logo.data.length));
  if (!image) throw logoProblem("profile.logoType");
  return { ...loaded, logo: { ...image, file: logo.name } };
}

/** One letter the centre gets: which tool, for whom, and its Document. */
export interface CentreLetter {
  /** Stable key the page chooses a preview with (today the tool id). */
  readonly key: string;
  readonly tool: ToolId;
  readonly title: string;
  readonly doc: Document;
}

/**
 * The centre's letters as Documents, each checked against the checklist: a letter missing a
 * required clause is refused here as `generate` refuses it.
 */
export function centreLetters(loaded: LoadedProfile, sources: LetterSources): CentreLetter[] {
  const letters = loaded.profile.tools.map((tool) => {
    const doc = makeLetter(loaded, tool, sources);
    return { key: tool, tool, title: doc.meta.title, doc };
  });
  const refused = letters
    .map(({ tool, doc }) => ({ tool, missing: missingRequiredClauses(doc, loaded, tool, sources) }))
    .filter((r) => r.missing.length > 0);
  if (refused.length > 0) {
    throw new UserError(
      "generate.letterRefused",
      { file: loaded.file, tools: refused.map((r) => r.tool).join(", ") },
      refused.flatMap((r) => r.missing),
    );
  }
  return letters;
}

const MEDIA_TYPES: Record<Format, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  md: "text/markdown; charset=utf-8",
  txt: "text/plain; charset=utf-8",
};

/** One file the centre gets, named as `generate` names it inside the centre's folder. */
export interface CentreFile {
  readonly name: string;
  readonly mediaType: string;
  readonly format: Format;
  readonly letter: string;
}

/** Every file `generate` would write for these letters, without rendering any. */
export function centreFileList(
  loaded: LoadedProfile,
  letters: readonly CentreLetter[],
): CentreFile[] {
  return letters.flatMap((letter) =>
    FORMATS.map((format) => ({
      name: path.basename(letterPath(".", loaded.profile.id, letter.tool, format)),
      mediaType: MEDIA_TYPES[format],
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
  if (!letter) throw new Error(`no letter ${file.letter}`);
  return renderLetter(file.format, letter.doc, loaded, sources.templates);
}
