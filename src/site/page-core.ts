import { stringify } from "yaml";
import { isUserError, type Problem, type UserError } from "../core/errors/user-error.js";
import type { ValidationTarget } from "../core/file-check/validation-target.js";
import { decodeUtf8 } from "../core/files/decode-utf8.js";
import type { MessageKey } from "../core/i18n/messages-nl.js";
import { createTranslator, type Language, type Translate } from "../core/i18n/translator.js";
import { profileProsePaths } from "../core/letter/prose-fields.js";
import { prosePathsInUse } from "../core/letter/translated-profile.js";
import type { PipelineInputs } from "../core/pipeline/pipeline-inputs.js";
import { chooseTranslations, unreviewedLanguages } from "../core/pipeline/translation-choice.js";
import type { LoadedProfile } from "../core/profile/load-profile.js";
import { MAX_PROFILE_BYTES } from "../core/profile/load-profile.js";
import { isKnownTool, toolChoices, toolFacts } from "../core/tools/tool-catalog.js";
import { boundProblems } from "../core/yaml/bound-problems.js";
import { parseYamlSource } from "../core/yaml/yaml-source.js";
import {
  type CentreDocument,
  centreDocuments,
  type GivenLogo,
  profileFromText,
  siteInputs,
} from "./centre-documents.js";
import { formGroups } from "./form-fields.js";
import { loadLanguage } from "./language-loader.js";
import { pageBody } from "./page-html.js";
import { siteData } from "./site-data.js";
import { translationFields } from "./translation-fields.js";

/** The formats of the centre's zip (page/app.js). */
export { SITE_FORMATS } from "./centre-documents.js";

/*
 * What the page's script (page/app.js) asks of the core, in the words it shows: the form's
 * markup, a profile opened or made from the form, the centre's documents, a checked upload.
 * The shape of each answer is what the local server's endpoints answered before the page ran
 * the core itself (issue 28).
 */

// The schema line editors use to check a profile, as in the example profiles.
const SCHEMA_LINE = "# yaml-language-server: $schema=../schema/profile.schema.json";

export interface ShownProblem {
  readonly field?: string;
  readonly message: string;
}

let inputs: PipelineInputs | undefined;
let loadScript: ((script: string) => Promise<void>) | undefined;

/**
 * The templates, tools and checklists: read from the bundle once, never per keystroke. A
 * translation's are loaded with `load` (a <script src>) when it is first chosen.
 */
export async function loadInputs(load?: (script: string) => Promise<void>): Promise<void> {
  inputs ??= await siteInputs();
  if (load) loadScript = load;
}

/** The inputs with the translations `codes` read (each loaded once: language-loader.ts). */
async function inputsWith(codes: readonly string[]): Promise<PipelineInputs> {
  const base = theInputs();
  if (codes.length === 0) return base;
  const load = loadScript;
  if (!load) throw new Error("loadInputs(load) first, to load a translation");
  const read = await Promise.all(
    codes.map(async (code) => [code, await loadLanguage(code, base.tools, load)] as const),
  );
  return { ...base, languages: new Map(read) };
}

function theInputs(): PipelineInputs {
  if (!inputs) throw new Error("loadInputs() first");
  return inputs;
}

const translators = new Map<Language, Translate>();
export function translator(lang: Language): Translate {
  let t = translators.get(lang);
  if (!t) {
    t = createTranslator(lang);
    translators.set(lang, t);
  }
  return t;
}

/** The page's body in a language, with the form made from the profile's schema. */
export function pageMarkup(lang: Language): string {
  const t = translator(lang);
  const tools = theInputs().tools;
  const groups = formGroups(t, toolChoices(tools), (value) =>
    isKnownTool(tools, value) ? toolFacts(tools, value).name : value,
  );
  return pageBody(lang, t, groups, translationFields(lang, t, siteData().languages, groups));
}

function shown(t: Translate, error: unknown): ShownProblem[] | undefined {
  if (!isUserError(error)) return undefined;
  const problems = error.problems.map((p) => ({
    ...(p.field !== undefined ? { field: p.field } : {}),
    message: t(p.key, p.params ?? {}),
  }));
  return problems.length > 0 ? problems : [{ message: t(error.key, error.params) }];
}

const atLine = (t: Translate, p: Pick<Problem, "line" | "key" | "params">) =>
  t("web.atLine", { line: p.line ?? 1, message: t(p.key, p.params ?? {}) });

/**
 * The form's values as a profile file: what Save writes and what the letters are made from.
 * The form keeps each translated text of every tool, so unticking a tool loses none; the file
 * holds those of the tools ticked, as `generate` refuses the others (a copied profile's
 * leftovers, translation-choice.ts). No language ticked: no `translations` line.
 */
export function profileYaml(values: Record<string, unknown>): string {
  const { translations, translated, ...rest } = values;
  const tools = Array.isArray(rest.tools) ? rest.tools.map(String) : [];
  const allowed = new Set(profileProsePaths(tools));
  const kept = Object.entries(isRecord(translated) ? translated : {}).flatMap(([code, texts]) => {
    const own = Object.entries(isRecord(texts) ? texts : {}).filter(([path]) => allowed.has(path));
    return own.length > 0 ? [[code, Object.fromEntries(own)] as const] : [];
  });
  const profile = {
    ...rest,
    ...(Array.isArray(translations) && translations.length > 0 ? { translations } : {}),
    ...(kept.length > 0 ? { translated: Object.fromEntries(kept) } : {}),
  };
  return `${SCHEMA_LINE}\n${stringify(profile)}`;
}

export type OpenedProfile =
  | { readonly ok: true; readonly text: string; readonly values: Record<string, unknown> }
  | { readonly ok: false; readonly message: string; readonly problems: readonly string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * A profile file the user opened, with the CLI's checks of its YAML (encoding, syntax, aliases,
 * a mapping): messages with the file's own lines. Its values' checks come with the preview.
 */
export function openProfile(lang: Language, file: string, data: Uint8Array): OpenedProfile {
  const t = translator(lang);
  if (data.length > MAX_PROFILE_BYTES) {
    return {
      ok: false,
      message: t("web.error.tooLarge", { max: MAX_PROFILE_BYTES }),
      problems: [],
    };
  }
  let text: string;
  try {
    text = decodeUtf8(file, data);
  } catch (error) {
    if (!isUserError(error)) throw error;
    return {
      ok: false,
      message: t(error.key, error.params),
      problems: error.problems.map((p) => atLine(t, p)),
    };
  }
  const parsed = parseYamlSource(file, text);
  const problems = boundProblems(parsed.problems);
  const value = parsed.source?.value;
  if (!isRecord(value) || problems.length > 0) {
    const listed =
      problems.length > 0 ? problems : [{ line: 1, key: "profile.notAMapping" as MessageKey }];
    return {
      ok: false,
      message: t("profile.invalid", { file, count: listed.length }),
      problems: listed.map((p) => atLine(t, p)),
    };
  }
  return { ok: true, text, values: value };
}

/** The centre as the preview last made it: what the downloads render. */
export interface Centre {
  readonly loaded: LoadedProfile;
  readonly text: string;
  readonly documents: readonly CentreDocument[];
  /** With the translations made read: what the downloads render them with. */
  readonly inputs: PipelineInputs;
}

/** What the form's translations part shows after a preview. */
export interface TranslationsShown {
  /** The translations made, by code, with the name the page shows. */
  readonly made: readonly { readonly code: string; readonly label: string }[];
  /**
   * Said once, as `generate` says it: the languages not made and why (each missing field
   * named), then the unreviewed ones made.
   */
  readonly notes: readonly string[];
  /** The prose paths (`retention.file`, `contracts.teams.retention`) the letters use now. */
  readonly prose: readonly string[];
}

export type Preview =
  | {
      readonly ok: false;
      readonly problems: readonly ShownProblem[];
      readonly translations?: TranslationsShown;
    }
  | {
      readonly ok: true;
      readonly problems: readonly ShownProblem[];
      readonly letters: readonly { readonly key: string; readonly label: string }[];
      readonly files: readonly {
        readonly name: string;
        readonly path: string;
        readonly letter: string;
      }[];
      readonly chosen: {
        readonly key: string;
        readonly label: string;
        readonly blocks: unknown;
        readonly lang: string;
        readonly dir: "ltr" | "rtl";
      };
      readonly centre: Centre;
      readonly translations: TranslationsShown;
    };

/** A refusal as the CLI prints it (cli/format-error.ts): its sentence, then each field's problem. */
function refusalText(t: Translate, error: UserError): string {
  return [
    t(error.key, error.params),
    ...error.problems.map((p) => `${p.field ? `${p.field}: ` : ""}${t(p.key, p.params ?? {})}`),
  ].join(" ");
}

/** A language by the page's words: its own name and the page language's ("Français – Frans"). */
export function languageLabel(lang: Language, code: string): string {
  const language = siteData().languages[code];
  if (!language) return code;
  return `${language.nativeName} – ${lang === "nl" ? language.nameNl : language.name}`;
}

/** The form's problems, or the centre's documents and the chosen one's blocks to show. */
export async function preview(
  lang: Language,
  file: string,
  text: string,
  logo: GivenLogo | undefined,
  letter: string,
): Promise<Preview> {
  const t = translator(lang);
  let loaded: LoadedProfile;
  let made: ReturnType<typeof centreDocuments>;
  let withLanguages: PipelineInputs;
  const notes: string[] = [];
  try {
    loaded = await profileFromText(file, text, theInputs(), logo);
    // The profile's `translations` (the form's choice), as generate chooses them: a refused
    // choice costs the translations, never the Dutch letters.
    let codes: string[] = [];
    try {
      codes = chooseTranslations(loaded, Object.keys(siteData().languages));
    } catch (error) {
      if (!isUserError(error)) throw error;
      notes.push(refusalText(t, error));
    }
    withLanguages = await inputsWith(codes);
    made = centreDocuments(loaded, withLanguages, codes);
  } catch (error) {
    const problems = shown(t, error);
    if (!problems) throw error;
    return { ok: false, problems };
  }
  // A tool without its contract facts gets no letter: said at its fields, the rest shown.
  const refused = (made.refusal && shown(t, made.refusal)) ?? [];
  // A translation the profile lacks prose for: said at its fields and in the note.
  const untranslated = made.translationRefusals.flatMap((r) => shown(t, r) ?? []);
  notes.push(...made.translationRefusals.map((r) => refusalText(t, r)));
  const codesMade = [...new Set(made.documents.flatMap((d) => d.prepared.spec.lang ?? []))];
  const unreviewed = unreviewedLanguages(withLanguages, codesMade);
  if (unreviewed.length > 0) {
    const list = unreviewed.map((l) => t("term.languageName", l)).join(", ");
    notes.push(t("translation.unreviewed", { list }));
  }
  const translations: TranslationsShown = {
    made: codesMade.map((code) => ({ code, label: languageLabel(lang, code) })),
    notes,
    prose: prosePathsInUse(loaded.profile),
  };
  // A letter's title names its reader ("… voor ouders"); a guide's says it is for staff here.
  const labelOf = (d: CentreDocument) =>
    d.prepared.spec.kind === "guide"
      ? `${d.doc.meta.title} (${t(`web.preview.for.${d.prepared.spec.audience}`)})`
      : d.prepared.spec.lang
        ? `${d.doc.meta.title} (${languageLabel(lang, d.prepared.spec.lang)})`
        : d.doc.meta.title;
  const chosen = made.documents.find((d) => d.key === letter) ?? made.documents[0];
  if (!chosen) return { ok: false, problems: [...refused, ...untranslated], translations };
  return {
    ok: true,
    problems: [...refused, ...untranslated],
    letters: made.documents.map((d) => ({ key: d.key, label: labelOf(d) })),
    files: made.documents.flatMap((d) =>
      d.files.map((f) => ({
        name: f.path.split("/").at(-1) ?? f.path,
        path: f.path,
        letter: d.key,
      })),
    ),
    chosen: {
      key: chosen.key,
      label: labelOf(chosen),
      blocks: chosen.doc.blocks,
      lang: chosen.doc.meta.lang,
      dir: chosen.doc.meta.dir,
    },
    centre: { loaded, text, documents: made.documents, inputs: withLanguages },
    translations,
  };
}

/**
 * What went wrong while making a file, in the page's words: a user's problem (a character no
 * font has, with its field) as the CLI says it; anything else is a bug, said plainly.
 */
export function failureMessage(lang: Language, error: unknown): string {
  const t = translator(lang);
  // From render.js, a user's problem comes as data (render-part.ts, portable).
  const carried = (error as { userError?: Pick<UserError, "key" | "params" | "problems"> })
    ?.userError;
  const problem = isUserError(error) ? error : carried;
  if (!problem) return t("web.error.bug");
  return [
    t(problem.key, problem.params),
    ...problem.problems.map((p) => t(p.key, p.params ?? {})),
  ].join(" ");
}

/** The check of an upload, in the page's words. */
export function checkedUpload(lang: Language, target: ValidationTarget) {
  const t = translator(lang);
  const tool = target.tool ? toolFacts(theInputs().tools, target.tool).name : "?";
  return {
    title: t(target.kind === "guide" ? "web.check.guideResult" : "web.check.result", {
      file: target.file,
      tool,
    }),
    clauses: target.clauses,
    problems: target.problems.map((p) => t(p.key, p.params ?? {})),
  };
}

/**
 * The inputs an uploaded letter is checked with: every translation read, as `validate` reads
 * them, so an edited translation is checked against its language's checklist.
 */
export function inputsForCheck(): Promise<PipelineInputs> {
  return inputsWith(Object.keys(siteData().languages));
}
