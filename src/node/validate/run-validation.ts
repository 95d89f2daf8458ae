import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Checklist } from "../../core/checklist/checklist-schema.js";
import { type Problem, UserError } from "../../core/errors/user-error.js";
import { GUIDE_FACTS } from "../../core/guide/guide-facts-schema.js";
import { toolsWithGuides } from "../../core/guide/guide-inputs.js";
import {
  LANGUAGES_DIR,
  type LanguageInputs,
  languageCodes,
  readLanguage,
} from "../../core/pipeline/language-inputs.js";
import type { LoadedProfile } from "../../core/profile/load-profile.js";
import { TEMPLATE_EXT } from "../../core/template/load-templates.js";
import {
  isKnownTool,
  requestedTools,
  toolChoices,
  toolIds,
} from "../../core/tools/tool-catalog.js";
import type { ToolId } from "../../core/tools/tool-ids.js";
import type { ToolsFile } from "../../core/tools/tool-schema.js";
import { warningsOf } from "../../core/yaml/parse-yaml-file.js";
import { DEFAULT_TEMPLATES_DIR } from "../../paths.js";
import { findProfiles } from "../io/find-profiles.js";
import { loadChecklist } from "../io/load-checklist.js";
import { loadGuideFacts } from "../io/load-guide-facts.js";
import { loadProfile } from "../io/load-profile.js";
import { loadTools } from "../io/load-tools.js";
import { templatesSource } from "../io/pipeline-inputs.js";
import { templateDataFile } from "../io/template-data-file.js";
import { validateGuideTemplates } from "./validate-guide-templates.js";
import { validateLanguageTemplates } from "./validate-language-templates.js";
import { validateLetter } from "./validate-letter.js";
import { validateTemplates } from "./validate-templates.js";
import { summarize, type ValidationReport, type ValidationTarget } from "./validation-report.js";

export interface ValidationRequest {
  /** Templates (`*.md.hbs`) and letters (.pdf, .docx, .md, .txt); none means every shipped template. */
  readonly files: readonly string[];
  /** A profile to fill templates with or compare letters to. */
  readonly profile?: string;
  /** Where the example profiles are, used for templates when no profile is given. */
  readonly profilesDir: string;
  /** The tool of the letters (an id of tools.yaml); default read from each letter. */
  readonly tool?: string;
  readonly strict: boolean;
}

/**
 * The data files and profiles of one run, each read once however many folders and targets use
 * it: reading and checking a YAML file costs tens of milliseconds in a fresh process.
 */
class RunFiles {
  readonly #loads = new Map<string, Promise<unknown>>();
  /** What loading changed and tells (a soft hyphen taken out), each place once. */
  readonly warnings: Problem[] = [];
  readonly #told = new Set<string>();

  #tell(warnings: readonly Problem[] = []): void {
    // A profile is read once per templates folder checked: its warnings are told once.
    for (const warning of warnings) {
      const id = JSON.stringify(warning);
      if (this.#told.has(id)) continue;
      this.#told.add(id);
      this.warnings.push(warning);
    }
  }

  #note = <T extends object>(data: T): T => {
    this.#tell(warningsOf(data));
    return data;
  };

  #once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.#loads.get(key);
    if (value === undefined) {
      value = load();
      this.#loads.set(key, value);
    }
    return value as Promise<T>;
  }

  /** The tools.yaml that goes with the templates in `dir`. */
  async tools(dir: string): Promise<ToolsFile> {
    const file = await templateDataFile(dir, "tools.yaml");
    return this.#once(`tools\0${file}`, () => loadTools(file).then(this.#note));
  }

  /**
   * The checklist.yaml that goes with the templates in `dir`, its tools checked against that
   * folder's tools.yaml: two folders may share a checklist but not their tools.
   */
  async checklist(dir: string): Promise<Checklist> {
    const [file, toolsFile] = await Promise.all([
      templateDataFile(dir, "checklist.yaml"),
      templateDataFile(dir, "tools.yaml"),
    ]);
    const tools = await this.tools(dir);
    return this.#once(`checklist\0${file}\0${toolsFile}`, () =>
      loadChecklist(file, toolIds(tools)).then(this.#note),
    );
  }

  /** The profiles, read against the tools.yaml of `dir`. */
  async profiles(files: readonly string[], dir: string): Promise<LoadedProfile[]> {
    const toolsFile = await templateDataFile(dir, "tools.yaml");
    const choices = toolChoices(await this.tools(dir));
    return Promise.all(
      files.map((file) =>
        this.#once(`profile\0${toolsFile}\0${file}`, () =>
          loadProfile(file, { tools: choices }).then((loaded) => {
            this.#tell(loaded.warnings);
            return loaded;
          }),
        ),
      ),
    );
  }

  /** What the staff guides of the templates in `dir` are made and checked with. */
  guideData(dir: string) {
    return this.#once(`guides\0${dir}`, async () => {
      const [facts, checklist] = await Promise.all([
        this.tools(dir).then(async (tools) =>
          loadGuideFacts(await templateDataFile(dir, "guides/tool-guides.yaml"), tools).then(
            this.#note,
          ),
        ),
        templateDataFile(dir, "guide-checklist.yaml").then((file) =>
          loadChecklist(file, undefined, GUIDE_FACTS).then(this.#note),
        ),
      ]);
      return { facts, checklist };
    });
  }
}

/**
 * Groups template files by folder: a letter template names its tool; a partial stands for every
 * tool of that folder's tools.yaml that has a template there.
 */
async function templateGroups(
  files: readonly string[],
  run: RunFiles,
): Promise<Map<string, Set<ToolId>>> {
  const groups = new Map<string, Set<ToolId>>();
  for (const file of files) {
    const isPartial = path.basename(path.dirname(file)) === "partials";
    const dir = isPartial ? path.dirname(path.dirname(file)) : path.dirname(file);
    const tools = groups.get(dir) ?? new Set<ToolId>();
    const name = path.basename(file, TEMPLATE_EXT);
    const catalog = await run.tools(dir);
    // A partial, or the e-mail template (templates/email.md.hbs), serves every tool's letter
    // that has a template in its folder.
    if (isPartial || name === "email")
      for (const tool of await toolsWithTemplates(dir, catalog)) tools.add(tool);
    else if (isKnownTool(catalog, name)) tools.add(name);
    else throw new UserError("validate.unsupportedFile", { file });
    groups.set(dir, tools);
  }
  return groups;
}

/** The tools of tools.yaml whose letter template is in `dir`. */
async function toolsWithTemplates(dir: string, catalog: ToolsFile): Promise<ToolId[]> {
  const present = new Set(await readdir(dir).catch(() => [] as string[]));
  return toolIds(catalog).filter((id) => present.has(`${id}${TEMPLATE_EXT}`));
}

/** A guide template lives in a `guides` folder (templates/guides/praatbox.md.hbs). */
function isGuideTemplate(file: string): boolean {
  const dir = path.dirname(file);
  const inPartials = path.basename(dir) === "partials";
  return path.basename(inPartials ? path.dirname(dir) : dir) === "guides";
}

/**
 * The templates folder and language of a translation's template
 * (templates/lang/fr/teams.md.hbs, templates/lang/fr/partials/rechten.md.hbs), or undefined.
 */
function languageOf(file: string): { templatesDir: string; code: string } | undefined {
  const dir = path.dirname(file);
  const folder = path.basename(dir) === "partials" ? path.dirname(dir) : dir;
  const parent = path.dirname(folder);
  if (path.basename(parent) !== LANGUAGES_DIR) return undefined;
  return { templatesDir: path.dirname(parent), code: path.basename(folder) };
}

/** Every translation of the shipped templates, for letters that may be one. */
async function shippedLanguages(tools: ToolsFile): Promise<LanguageInputs[]> {
  const source = await templatesSource({ templatesDir: DEFAULT_TEMPLATES_DIR });
  const codes = await languageCodes(source);
  return Promise.all(codes.map((code) => readLanguage(source, code, toolIds(tools), tools)));
}

export async function runValidation(request: ValidationRequest): Promise<ValidationReport> {
  const allTemplates = request.files.filter((f) => f.endsWith(TEMPLATE_EXT));
  // A translation's templates are checked with their language folder, against its checklist.
  const languageGroups = new Map<string, Set<string>>();
  for (const file of allTemplates) {
    const found = languageOf(file);
    if (!found) continue;
    const codes = languageGroups.get(found.templatesDir) ?? new Set<string>();
    languageGroups.set(found.templatesDir, codes.add(found.code));
  }
  const templateFiles = allTemplates.filter((f) => !languageOf(f));
  const letterFiles = request.files.filter((f) => !f.endsWith(TEMPLATE_EXT));
  const run = new RunFiles();
  const shipped = await run.tools(DEFAULT_TEMPLATES_DIR);
  const guideFiles = templateFiles.filter(isGuideTemplate);
  const groups =
    request.files.length === 0
      ? new Map([[DEFAULT_TEMPLATES_DIR, new Set<ToolId>(toolIds(shipped))]])
      : await templateGroups(
          templateFiles.filter((f) => !isGuideTemplate(f)),
          run,
        );
  // Guide folders keyed by the templates folder they belong to (the parent of `guides`).
  const guideGroups =
    request.files.length === 0
      ? new Map([[path.join(DEFAULT_TEMPLATES_DIR, "guides"), new Set<ToolId>(toolIds(shipped))]])
      : await templateGroups(guideFiles, run);
  const profileFiles = request.profile
    ? [request.profile]
    : groups.size > 0 || guideGroups.size > 0 || languageGroups.size > 0
      ? await findProfiles(request.profilesDir)
      : [];
  if (
    !request.profile &&
    (groups.size > 0 || guideGroups.size > 0 || languageGroups.size > 0) &&
    profileFiles.length === 0
  )
    throw new UserError("validate.noProfiles", { dir: request.profilesDir });

  const targets: ValidationTarget[] = [];
  for (const [dir, tools] of groups) {
    // Templates are checked with the tools.yaml and checklist.yaml beside them, as batch uses
    // them; the profiles are read against that tools.yaml too.
    const toolsFile = await run.tools(dir);
    const profiles = await run.profiles(profileFiles, dir);
    const checklist = await run.checklist(dir);
    targets.push(
      ...(await validateTemplates({
        templatesDir: dir,
        tools: [...tools],
        profiles,
        toolsFile,
        checklist,
      })),
    );
    // With no files named, every translation of the shipped templates is checked too.
    if (request.files.length === 0)
      targets.push(
        ...(await validateLanguageTemplates({
          templatesDir: dir,
          tools: [...tools],
          profiles,
          toolsFile,
        })),
      );
  }
  for (const [dir, codes] of languageGroups) {
    const toolsFile = await run.tools(dir);
    const profiles = await run.profiles(profileFiles, dir);
    targets.push(
      ...(await validateLanguageTemplates({
        templatesDir: dir,
        tools: toolIds(toolsFile),
        profiles,
        toolsFile,
        codes: [...codes],
      })),
    );
  }
  for (const [guidesDir, tools] of guideGroups) {
    const dir = path.dirname(guidesDir);
    const toolsFile = await run.tools(dir);
    const profiles = await run.profiles(profileFiles, dir);
    const inputs = await run.guideData(dir);
    targets.push(
      ...(await validateGuideTemplates({
        guidesDir,
        // A tool without guide facts has no guide: nothing to check (see toolsWithGuides).
        tools: toolsWithGuides(inputs.facts, [...tools]),
        profiles,
        toolsFile,
        inputs,
      })),
    );
  }
  if (letterFiles.length > 0) {
    const checklist = await run.checklist(DEFAULT_TEMPLATES_DIR);
    const guide = await run.guideData(DEFAULT_TEMPLATES_DIR);
    const languages = await shippedLanguages(shipped);
    const tool = request.tool ? requestedTools(shipped, [request.tool])?.[0] : undefined;
    const profile = request.profile
      ? (await run.profiles([request.profile], DEFAULT_TEMPLATES_DIR))[0]
      : undefined;
    for (const file of letterFiles) {
      targets.push(
        await validateLetter(file, {
          toolsFile: shipped,
          checklist,
          guide,
          languages,
          ...(tool ? { tool } : {}),
          ...(profile ? { profile } : {}),
        }),
      );
    }
  }
  return summarize(targets, request.strict, run.warnings);
}
