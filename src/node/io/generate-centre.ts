import { ExitCode, type Problem, UserError } from "../../core/errors/user-error.js";
import type { Audience } from "../../core/letter/audience.js";
import { buildCentre } from "../../core/pipeline/build-centre.js";
import { splitByContract } from "../../core/pipeline/contract-refusal.js";
import {
  centreSpecs,
  type DocumentChoice,
  type DocumentKind,
  type Reader,
} from "../../core/pipeline/document-spec.js";
import { languageCodes } from "../../core/pipeline/language-inputs.js";
import { pdfRefusal } from "../../core/pipeline/pdf-refusal.js";
import type { PipelineInputs } from "../../core/pipeline/pipeline-inputs.js";
import type { RenderedFile } from "../../core/pipeline/render-document.js";
import type { PdfRefusal } from "../../core/pipeline/render-formats.js";
import { chooseTranslations, splitByTranslation } from "../../core/pipeline/translation-choice.js";
import type { LoadedProfile } from "../../core/profile/load-profile.js";
import type { Format } from "../../core/render/registry.js";
import { requestedTools, toolChoices } from "../../core/tools/tool-catalog.js";
import type { ToolId } from "../../core/tools/tool-ids.js";
import { loadProfile } from "./load-profile.js";
import { loadInputTools, loadPipelineInputs, templatesSource } from "./pipeline-inputs.js";
import { writeRenderedFiles } from "./write-files.js";

export interface GenerateOptions {
  /** Tools to make letters for (ids of tools.yaml, or `all`); default the profile's own. */
  readonly tools?: readonly string[];
  /**
   * Whom to write for; default the pupil's letter only, as before there were two. The CLI asks
   * for both unless told otherwise (`--audience`, default `all`).
   */
  readonly audiences?: readonly Audience[];
  readonly formats: readonly Format[];
  readonly outDir: string;
  readonly date?: string;
  readonly templatesDir?: string;
  /** Adds the signature block to every letter, whatever the profile says. */
  readonly signature?: boolean;
  /** Letters, staff guides or both; default letters only (the CLI asks for both). */
  readonly documents?: readonly DocumentChoice[];
  /** The translations to make (`--translations`; `[]`: none); default the profile's. */
  readonly translations?: readonly string[];
  /** A translation whose PDF the Dutch letters' e-mails also carry (`--translation`). */
  readonly attachTranslation?: string;
  /**
   * Called once every file is written; `generate` notes them in the output folder's manifest
   * there (batch/note-in-manifest.ts), a layer above this one.
   */
  readonly afterWrite?: (
    loaded: LoadedProfile,
    inputs: PipelineInputs,
    files: readonly RenderedFile[],
    /** The translation the e-mails carry, when it was made (not refused). */
    attached: string | undefined,
  ) => Promise<void>;
  /**
   * Told, after the other files are written, of each refusal: the tools that got no letter
   * because the profile lacks their contract facts, and the PDFs (with their e-mails) that no
   * font can print. Without it, the first refusal is thrown once the rest is written.
   */
  readonly onRefused?: (refusal: UserError) => void;
}

export interface GeneratedLetter {
  readonly kind: DocumentKind;
  readonly tool: ToolId;
  readonly audience: Reader;
  readonly format: Format;
  readonly file: string;
  readonly bytes: number;
  /** A translation's language code. */
  readonly lang?: string;
}

/** Whether `tool` has guide facts, and so a staff guide. */
function hasGuide(inputs: PipelineInputs, tool: ToolId): boolean {
  return inputs.guides !== undefined && Object.hasOwn(inputs.guides.facts, tool);
}

/**
 * Makes one centre's letters from its profile file: read, make, check, render in memory
 * (buildCentre), then write. If any letter misses a required clause or fails, nothing is
 * written for this centre; each file is written atomically.
 */
export async function generateCentre(
  profileFile: string,
  options: GenerateOptions,
): Promise<GeneratedLetter[]> {
  // The tools.yaml beside the templates says which tools exist: the profile, the checklist and
  // --tools are checked against it, and only the templates of the tools asked for are read.
  const files = options.templatesDir ? { templatesDir: options.templatesDir } : {};
  const tools = await loadInputTools(files);
  const requested = requestedTools(tools, options.tools);
  const loaded = await loadProfile(profileFile, { tools: toolChoices(tools) });
  const toolIds: readonly ToolId[] = requested ?? loaded.profile.tools;
  const documents = options.documents ?? ["letters"];
  // The languages are the folders of templates/lang/: a new one needs no code.
  const available = await languageCodes(await templatesSource(files));
  const unknown = options.translations?.find((code) => !available.includes(code));
  if (unknown !== undefined) throw unknownTranslation(unknown, available);
  // A refused choice of translations (a language there is no folder for, a translated text of
  // a tool the profile does not use) costs the translations, never the Dutch letters.
  let translations: string[] = [];
  let choiceRefusal: UserError | undefined;
  // Texts in a language not made (a copied profile's other tool) are told, not refused.
  const unused: Problem[] = [];
  try {
    translations = chooseTranslations(loaded, available, options.translations, unused);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    choiceRefusal = error;
  }
  const attach = options.attachTranslation;
  if (attach !== undefined && !translations.includes(attach)) {
    throw (
      choiceRefusal ??
      new UserError(
        "cli.translationNotMade",
        { value: attach, choices: translations.join(", ") || "—" },
        [],
        { exitCode: ExitCode.usage },
      )
    );
  }
  const inputs = await loadPipelineInputs(
    toolIds,
    { ...files, guides: documents.includes("guides"), languages: translations },
    tools,
  );
  const allSpecs = centreSpecs(toolIds, {
    documents,
    translations,
    ...(options.audiences ? { audiences: options.audiences } : {}),
  });
  // A translation the profile lacks prose for is refused; the Dutch letters are still made.
  const byLanguage = splitByTranslation(loaded, allSpecs, inputs);
  const specs = byLanguage.specs;
  // A tool without its contract in the profile gets no letter; the others are still made.
  const split = splitByContract(loaded, specs, inputs.tools);
  // A PDF that no font can print is left out; the document's other formats are still made.
  const pdfRefusals: PdfRefusal[] = [];
  const attached = attach && specs.some((s) => s.lang === attach) ? attach : undefined;
  const rendered = await buildCentre(loaded, inputs, {
    onPdfRefused: (refusal) => pdfRefusals.push(refusal),
    // A tool without guide facts (tool-guides.yaml) has no staff guide: skipped, not made up.
    specs: split.specs.filter((spec) => spec.kind !== "guide" || hasGuide(inputs, spec.tool)),
    formats: options.formats,
    ...(options.date ? { date: options.date } : {}),
    ...(options.signature ? { signature: true } : {}),
    ...(attached ? { attachTranslation: attached } : {}),
  });
  const written = await writeRenderedFiles(options.outDir, rendered);
  // Nothing written (every tool refused): no manifest to note it in, no empty folder.
  if (rendered.length > 0)
    await options.afterWrite?.(
      unused.length > 0 ? { ...loaded, warnings: [...(loaded.warnings ?? []), ...unused] } : loaded,
      inputs,
      rendered,
      attached,
    );
  const refusals = [
    ...(choiceRefusal ? [choiceRefusal] : []),
    ...byLanguage.refusals,
    ...(split.refusal ? [split.refusal] : []),
    ...(pdfRefusals.length > 0 ? [pdfRefusal(loaded.file, pdfRefusals, options.formats)] : []),
  ];
  for (const refusal of refusals) {
    if (!options.onRefused) throw refusal;
    options.onRefused(refusal);
  }
  return written.map(({ kind, tool, audience, format, file, size, lang }) => ({
    kind,
    tool,
    audience,
    format,
    file,
    bytes: size,
    ...(lang ? { lang } : {}),
  }));
}

/** `--translations` naming a language there is no folder for: a usage error. */
export function unknownTranslation(code: string, available: readonly string[]): UserError {
  return new UserError(
    "cli.translationsUnknown",
    { value: code, choices: available.join(", ") || "—" },
    [],
    { exitCode: ExitCode.usage },
  );
}
