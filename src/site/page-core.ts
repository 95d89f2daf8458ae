import { stringify } from "yaml";
import { isUserError, type Problem, type UserError } from "../core/errors/user-error.js";
import type { ValidationTarget } from "../core/file-check/validation-target.js";
import { decodeUtf8 } from "../core/files/decode-utf8.js";
import type { MessageKey } from "../core/i18n/messages-nl.js";
import { createTranslator, type Language, type Translate } from "../core/i18n/translator.js";
import type { PipelineInputs } from "../core/pipeline/pipeline-inputs.js";
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
import { pageBody } from "./page-html.js";

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

/** The templates, tools and checklists: read from the bundle once, never per keystroke. */
export async function loadInputs(): Promise<void> {
  inputs ??= await siteInputs();
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
  return pageBody(lang, t, groups);
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

/** The form's values as a profile file: what Save writes and what the letters are made from. */
export function profileYaml(values: Record<string, unknown>): string {
  return `${SCHEMA_LINE}\n${stringify(values)}`;
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
}

export type Preview =
  | { readonly ok: false; readonly problems: readonly ShownProblem[] }
  | {
      readonly ok: true;
      readonly problems: readonly ShownProblem[];
      readonly letters: readonly { readonly key: string; readonly label: string }[];
      readonly files: readonly {
        readonly name: string;
        readonly path: string;
        readonly letter: string;
      }[];
      readonly chosen: { readonly key: string; readonly label: string; readonly blocks: unknown };
      readonly centre: Centre;
    };

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
  try {
    loaded = await profileFromText(file, text, theInputs(), logo);
    made = centreDocuments(loaded, theInputs());
  } catch (error) {
    const problems = shown(t, error);
    if (!problems) throw error;
    return { ok: false, problems };
  }
  // A tool without its contract facts gets no letter: said at its fields, the rest shown.
  const refused = (made.refusal && shown(t, made.refusal)) ?? [];
  // A letter's title names its reader ("… voor ouders"); a guide's says it is for staff here.
  const labelOf = (d: CentreDocument) =>
    d.prepared.spec.kind === "guide"
      ? `${d.doc.meta.title} (${t(`web.preview.for.${d.prepared.spec.audience}`)})`
      : d.doc.meta.title;
  const chosen = made.documents.find((d) => d.key === letter) ?? made.documents[0];
  if (!chosen) return { ok: false, problems: refused };
  return {
    ok: true,
    problems: refused,
    letters: made.documents.map((d) => ({ key: d.key, label: labelOf(d) })),
    files: made.documents.flatMap((d) =>
      d.files.map((f) => ({
        name: f.path.split("/").at(-1) ?? f.path,
        path: f.path,
        letter: d.key,
      })),
    ),
    chosen: { key: chosen.key, label: labelOf(chosen), blocks: chosen.doc.blocks },
    centre: { loaded, text, documents: made.documents },
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

export function theSiteInputs(): PipelineInputs {
  return theInputs();
}
