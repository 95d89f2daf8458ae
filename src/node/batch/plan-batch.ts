import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Checklist } from "../../core/checklist/checklist-schema.js";
import { EMAIL_TEMPLATE } from "../../core/email/email-template.js";
import type { Problem } from "../../core/errors/user-error.js";
import type { Audience } from "../../core/letter/audience.js";
import type { Language } from "../../core/letter/language-schema.js";
import {
  centreSpecs,
  type DocumentChoice,
  type DocumentSpec,
  dutchSpecOf,
  outputName,
} from "../../core/pipeline/document-spec.js";
import { formatsOfSpec } from "../../core/pipeline/formats-of.js";
import { attachedInputs, inputsAllParts } from "../../core/pipeline/inputs-all.js";
import { type LanguageInputs, readLanguage } from "../../core/pipeline/language-inputs.js";
import type { Format } from "../../core/render/registry.js";
import type { TemplateSet } from "../../core/template/load-templates.js";
import { toolFacts, toolIds } from "../../core/tools/tool-catalog.js";
import type { ToolId } from "../../core/tools/tool-ids.js";
import type { ToolsFile } from "../../core/tools/tool-schema.js";
import { warningsOf } from "../../core/yaml/parse-yaml-file.js";
import { loadGuideInputs } from "../io/guide-inputs.js";
import { loadChecklist } from "../io/load-checklist.js";
import { loadTemplates } from "../io/load-templates.js";
import { loadTools } from "../io/load-tools.js";
import { templatesSource } from "../io/pipeline-inputs.js";
import { templateDataFile } from "../io/template-data-file.js";
import { resolveOutput } from "../io/write-files.js";
import type { PlannedCentre } from "./batch-report.js";
import { GENERATOR } from "./generator-version.js";
import { guideChecklistHash, guideHashes } from "./guide-hashes.js";
import { fileSha256, sha256 } from "./hash.js";
import type { HeldCentre } from "./held-centre.js";
import type { ManifestEntry } from "./manifest.js";
import { mapInOrder } from "./map-in-order.js";
import { READ_AHEAD } from "./read-centres.js";
import { toolEntryHash } from "./tool-hash.js";

export interface SharedInputs {
  readonly templates: TemplateSet;
  readonly tools: ToolsFile;
  /**
   * The whole tools.yaml's hash: a worker thread keeps the inputs it read by it. A letter's
   * `inputs.tools` is its own tool's entry only (tool-hash.ts).
   */
  readonly toolsHash: string;
  /** checklist.yaml: the letters' checklist, which guides do not use. */
  readonly checklistHash: string;
  readonly templateHashes: ReadonlyMap<ToolId, string>;
  /** Per tool, the hash of its guide's inputs (guide-hashes.ts); only when guides are made. */
  readonly guideHashes?: ReadonlyMap<ToolId, string>;
  /** guide-checklist.yaml, a guide's `inputs.checklist`; only when guides are made. */
  readonly guideChecklistHash?: string;
  /** What loading the guides' facts and checklist changed and tells (a soft hyphen taken out). */
  readonly warnings?: readonly Problem[];
  /** Per translation (language code), the hashes its letters are made from; only when made. */
  readonly languages?: ReadonlyMap<string, LanguageHashes>;
}

/** What a translated letter is made from, besides the profile (see languageHashes). */
export interface LanguageHashes {
  /** The language's data (language.yaml): its names and whether it is reviewed. */
  readonly language: Language;
  /** Per tool: its template in the language, every partial and language.yaml. */
  readonly templateHashes: ReadonlyMap<ToolId, string>;
  /** The language's checklist.yaml, as read. */
  readonly checklistHash: string;
  /** The Dutch tools.yaml with the language's prose over it, as its letters read it. */
  readonly tools: ToolsFile;
}

/**
 * The hashes of one translation's inputs: its tool templates and partials (as templateHash),
 * with its language.yaml and checklist as read (JSON of the parsed data, so layout and
 * comments do not count, as for tools.yaml).
 */
export async function languageHashes(
  language: LanguageInputs,
  tools: readonly ToolId[],
): Promise<LanguageHashes> {
  const data = JSON.stringify(language.language);
  return {
    language: language.language,
    templateHashes: new Map(
      await Promise.all(
        tools.map(
          async (t) => [t, sha256(await templateHash(language.templates, t), data)] as const,
        ),
      ),
    ),
    checklistHash: sha256(JSON.stringify(language.checklist)),
    tools: language.tools,
  };
}

export interface PlannedLetter {
  readonly spec: DocumentSpec;
  readonly tool: ToolId;
  readonly format: Format;
  readonly file: string;
  /** The manifest path: relative to the output folder, with forward slashes. */
  readonly relative: string;
  /** A translation's Dutch letter, as a manifest path (the entry's `translationOf.path`). */
  readonly dutch?: string;
  readonly date: string;
  readonly inputs: ManifestEntry["inputs"];
}

export interface BatchData {
  readonly tools: ToolsFile;
  readonly toolsFile: string;
  readonly checklistFile: string;
  /** The letters' checklist, checked against `tools` before any letter is made. */
  readonly checklist: Checklist;
}

/**
 * Reads the tools.yaml and checklist beside the templates. A broken one breaks every letter:
 * the batch stops here, before any work, with their problems once (not once per centre, from
 * every worker).
 */
export async function loadBatchData(templatesDir: string): Promise<BatchData> {
  const toolsFile = await templateDataFile(templatesDir, "tools.yaml");
  const checklistFile = await templateDataFile(templatesDir, "checklist.yaml");
  const tools = await loadTools(toolsFile);
  const checklist = await loadChecklist(checklistFile, toolIds(tools));
  return { tools, toolsFile, checklistFile, checklist };
}

/**
 * Reads and hashes what every centre's letters are made from. Only the templates of
 * `templateTools` (the tools the centres use, or --tools) are read and must exist; broken ones
 * stop the batch here, before any letter is made. Broken guide templates stop the run too,
 * when guides are asked for.
 */
export async function loadBatchInputs(
  templatesDir: string,
  tools: ToolsFile,
  templateTools: readonly ToolId[],
  files: Pick<BatchData, "toolsFile" | "checklistFile" | "checklist">,
  documents: readonly DocumentChoice[] = ["letters"],
  /** The translations some centre gets: their folders are read and hashed, and must load. */
  languages: readonly string[] = [],
): Promise<SharedInputs> {
  const templates = await loadTemplates(templatesDir, templateTools);
  const source = languages.length > 0 ? await templatesSource({ templatesDir }) : undefined;
  const languageData = new Map(
    await Promise.all(
      languages.map(async (code) => {
        const language = await readLanguage(source!, code, templateTools, tools);
        return [code, await languageHashes(language, templateTools)] as const;
      }),
    ),
  );
  // Read with the tools, so guide facts that do not match them stop the batch here too.
  const guideInputs = documents.includes("guides")
    ? await loadGuideInputs(templatesDir, templateTools, tools)
    : undefined;
  const guides = guideInputs && (await guideHashes(templatesDir, templateTools, guideInputs));
  return {
    ...(guides
      ? { guideHashes: guides, guideChecklistHash: await guideChecklistHash(templatesDir) }
      : {}),
    ...(guideInputs
      ? { warnings: [...warningsOf(guideInputs.facts), ...warningsOf(guideInputs.checklist)] }
      : {}),
    ...(languageData.size > 0 ? { languages: languageData } : {}),
    templates,
    tools,
    toolsHash: fileSha256(await readFile(files.toolsFile)),
    checklistHash: fileSha256(await readFile(files.checklistFile)),
    templateHashes: new Map(
      await Promise.all(
        templateTools.map(async (t) => [t, await templateHash(templates, t)] as const),
      ),
    ),
  };
}

export interface PlanOptions {
  readonly tools?: readonly ToolId[];
  /** Whom to write for; default the pupil (the CLI's default is both, `--audience all`). */
  readonly audiences?: readonly Audience[];
  /** Letters, staff guides or both; default letters only (the CLI asks for both). */
  readonly documents?: readonly DocumentChoice[];
  readonly formats: readonly Format[];
  readonly outDir: string;
  readonly date?: string;
  readonly signature?: boolean;
  /** Plan every letter, even those unchanged. */
  readonly force?: boolean;
  /** The translations of each centre (batch-translations.ts); default none. */
  readonly translationsOf?: (centre: HeldCentre) => readonly string[];
}

/**
 * The letters to make, centre by centre, and how many are unchanged: a letter whose manifest
 * entry was made from the same inputs, and whose file is still that file, is left alone. The
 * entries of the letters to make are dropped from `manifest`: from here on it lists only
 * letters whose files are what it says.
 */
export async function planBatch(
  centres: readonly HeldCentre[],
  shared: SharedInputs,
  manifest: Map<string, ManifestEntry>,
  options: PlanOptions,
): Promise<{ tasks: PlannedCentre[]; unchanged: number }> {
  const { force, translationsOf, ...planOptions } = options;
  const plans = await mapInOrder(centres, READ_AHEAD, async (centre) => {
    const translations = translationsOf?.(centre) ?? [];
    const planned = await planCentre(centre, shared, { ...planOptions, translations });
    const same = await Promise.all(
      planned.map(
        async (letter) => !force && (await isUnchanged(letter, manifest.get(letter.relative))),
      ),
    );
    return { centre, planned, same };
  });
  const tasks: PlannedCentre[] = [];
  let unchanged = 0;
  for (const { centre, planned, same } of plans) {
    const todo: PlannedLetter[] = [];
    for (const [index, letter] of planned.entries()) {
      if (same[index]) unchanged += 1;
      else {
        todo.push(letter);
        manifest.delete(letter.relative);
      }
    }
    if (todo.length > 0) tasks.push({ centre, letters: todo });
  }
  return { tasks, unchanged };
}

/** The letter's template hash followed by the e-mail template (templates/email.md.hbs). */
export async function emailTemplateHash(
  templates: TemplateSet,
  letterHash: string,
): Promise<string> {
  const email = await readFile(path.join(templates.dir, EMAIL_TEMPLATE)).catch(
    () => new Uint8Array(),
  );
  return fileSha256(Buffer.from(letterHash), email);
}

/** The tool's template followed by every partial in name order: an edit anywhere changes it. */
export async function templateHash(templates: TemplateSet, tool: ToolId): Promise<string> {
  const letter = templates.letters.get(tool);
  const partials = [...templates.partials.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  const files = [letter?.file, ...partials.map((p) => p.file)].filter(
    (f): f is string => f !== undefined,
  );
  return fileSha256(...(await Promise.all(files.map((f) => readFile(f)))));
}

/** Every letter one centre should have, with the hash of everything it is made from. */
export async function planCentre(
  centre: HeldCentre,
  shared: SharedInputs,
  options: {
    readonly tools?: readonly ToolId[];
    readonly audiences?: readonly Audience[];
    readonly documents?: readonly DocumentChoice[];
    /** The translations made beside the Dutch letters (language codes). */
    readonly translations?: readonly string[];
    /** The translation each Dutch letter's e-mail carries too (`generate --translation`). */
    readonly attachTranslation?: string;
    readonly formats: readonly Format[];
    readonly outDir: string;
    readonly date?: string;
    readonly signature?: boolean;
  },
): Promise<PlannedLetter[]> {
  const profile = centre.profileHash;
  const letters: PlannedLetter[] = [];
  const specs = centreSpecs(options.tools ?? centre.profile.tools, {
    ...(options.audiences ? { audiences: options.audiences } : {}),
    ...(options.documents ? { documents: options.documents } : {}),
    ...(options.translations ? { translations: options.translations } : {}),
  });
  for (const spec of specs) {
    const { tool } = spec;
    const guide = spec.kind === "guide";
    const date =
      options.date ?? centre.profile.letterDate ?? toolFacts(shared.tools, tool).versionDate;
    const language = spec.lang === undefined ? undefined : shared.languages?.get(spec.lang);
    if (spec.lang !== undefined && !language) throw new Error(`no hashes of language ${spec.lang}`);
    const template = guide
      ? shared.guideHashes?.get(tool)
      : language
        ? language.templateHashes.get(tool)
        : (shared.templateHashes.get(tool) ?? (await templateHash(shared.templates, tool)));
    // A tool without guide facts (tool-guides.yaml) has no staff guide: skipped, not made up.
    if (template === undefined && guide) continue;
    if (template === undefined) throw new Error(`no hash of the ${tool} letter's inputs`);
    // A guide is checked against guide-checklist.yaml, a letter against checklist.yaml: an edit
    // of one makes only the documents checked with it again.
    const checklist = guide
      ? shared.guideChecklistHash
      : (language?.checklistHash ?? shared.checklistHash);
    if (checklist === undefined) throw new Error(`no hash of the ${tool} guide's checklist`);
    const tools = toolEntryHash(language?.tools ?? shared.tools, tool);
    // No e-mail draft for a staff guide or a translation (pipeline/formats-of.ts).
    for (const format of formatsOfSpec(spec, options.formats)) {
      const relative = outputName(centre.profile.id, spec, format);
      const file = resolveOutput(options.outDir, relative);
      // An e-mail is also made from the e-mail template: editing it makes the e-mails again.
      const made =
        format === "eml" ? await emailTemplateHash(shared.templates, template) : template;
      const attached =
        format === "eml" && spec.lang === undefined && options.attachTranslation !== undefined
          ? attachedOf(shared, options.attachTranslation, tool)
          : undefined;
      const parts = {
        profile,
        template: made,
        tools,
        checklist,
      };
      letters.push({
        spec,
        tool,
        format,
        file,
        relative,
        ...(spec.lang ? { dutch: outputName(centre.profile.id, dutchSpecOf(spec), format) } : {}),
        date,
        inputs: {
          ...parts,
          all: sha256(
            ...inputsAllParts({
              generator: GENERATOR,
              format,
              date,
              signature: options.signature === true,
              parents: spec.audience === "parents",
              guide,
              ...parts,
              // In the hash only: the manifest's inputs keep their fields (manifest.ts).
              ...(attached ? { attached } : {}),
            }),
          ),
        },
      });
    }
  }
  return letters;
}

/** What makes the translation's PDF an e-mail carries: its code, template, checklist and facts. */
function attachedOf(shared: SharedInputs, code: string, tool: ToolId): string {
  const language = shared.languages?.get(code);
  const template = language?.templateHashes.get(tool);
  if (!language || template === undefined) throw new Error(`no hashes of language ${code}`);
  return attachedInputs(
    code,
    template,
    language.checklistHash,
    toolEntryHash(language.tools, tool),
  );
}

/** True when the manifest's entry was made from the same inputs and the file is still that file. */
export async function isUnchanged(
  letter: PlannedLetter,
  entry: ManifestEntry | undefined,
): Promise<boolean> {
  if (!entry || entry.inputs.all !== letter.inputs.all) return false;
  try {
    const info = await stat(letter.file);
    if (info.size !== entry.size) return false;
    return fileSha256(await readFile(letter.file)) === entry.sha256;
  } catch {
    return false;
  }
}
