import { readFile } from "node:fs/promises";
import path from "node:path";
import { zipSync } from "fflate";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { stringify } from "yaml";
import { isUserError, type MessageParams } from "../errors/user-error.js";
import { decodeUtf8 } from "../files/decode-utf8.js";
import type { MessageKey } from "../i18n/messages-nl.js";
import { createTranslator, type Language, type Translate } from "../i18n/translator.js";
import { PACKAGE_ROOT } from "../paths.js";
import { MAX_LOGO_BYTES, MAX_PROFILE_BYTES } from "../profile/load-profile.js";
import { isKnownTool, toolChoices, toolFacts } from "../tools/tool-catalog.js";
import { readLetterData } from "../validate/read-letter.js";
import { checkLetterText } from "../validate/validate-letter.js";
import { boundProblems } from "../yaml/bound-problems.js";
import { parseYamlSource } from "../yaml/yaml-source.js";
import {
  allCentreFiles,
  centreDocuments,
  centreFileList,
  centreLetters,
  type LetterSources,
  loadLetterSources,
  profileFromForm,
  renderCentreFile,
} from "./centre-files.js";
import { formGroups } from "./form-fields.js";
import { pageHtml } from "./page-html.js";
import { type PageAddress, requestGuard, securityHeaders } from "./request-guard.js";

export const MAX_LETTER_UPLOAD_BYTES = 10 * 1024 * 1024;
// Room for the multipart boundaries and headers around the parts.
const MULTIPART_SLACK = 64 * 1024;

// The page's files, next to this module in src/web/static (the bundle resolves the package root).
const STATIC_DIR = path.join(PACKAGE_ROOT, "src", "web", "static");
const STATIC_TYPES: Record<string, string> = {
  "app.js": "text/javascript; charset=utf-8",
  "style.css": "text/css; charset=utf-8",
  "icon.svg": "image/svg+xml",
};

// The schema line editors use to check a profile, as in the example profiles.
const SCHEMA_LINE = "# yaml-language-server: $schema=../schema/profile.schema.json";

export interface WebAppOptions {
  readonly lang: Language;
  readonly address: PageAddress;
  readonly sources?: LetterSources;
}

interface ProblemJson {
  readonly field?: string;
  readonly message: string;
}

/** Thrown inside a handler to answer with a status and one translated message. */
class HttpProblem extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 413 | 422,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(key);
  }
}

function problemsOf(t: Translate, error: unknown): ProblemJson[] | undefined {
  if (!isUserError(error)) return undefined;
  const problems = error.problems.map((p) => ({
    ...(p.field !== undefined ? { field: p.field } : {}),
    message: t(p.key, p.params ?? {}),
  }));
  return problems.length > 0 ? problems : [{ message: t(error.key, error.params) }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The local web page: a Hono app, requested in-process by tests, served by start-web-server. */
export async function createWebApp(options: WebAppOptions): Promise<Hono> {
  const t = createTranslator(options.lang);
  const sources = options.sources ?? (await loadLetterSources());
  const formFile = t("web.formFile");
  const page = pageHtml(
    options.lang,
    t,
    formGroups(t, toolChoices(sources.tools), (value) =>
      isKnownTool(sources.tools, value) ? toolFacts(sources.tools, value).name : value,
    ),
  );
  const statics = new Map<string, Uint8Array>();
  for (const name of Object.keys(STATIC_TYPES)) {
    statics.set(name, await readFile(path.join(STATIC_DIR, name)));
  }

  const json = (status: number, body: Record<string, unknown>) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json; charset=utf-8" },
    });
  const fail = (status: number, key: MessageKey, params: MessageParams = {}) =>
    new Response(JSON.stringify({ error: t(key, params) }), {
      status,
      // A request answered before its body is read: close, so nothing more of it is read.
      headers: {
        "content-type": "application/json; charset=utf-8",
        ...(status === 413 ? { connection: "close" } : {}),
      },
    });
  const limit = (maxSize: number) =>
    bodyLimit({ maxSize, onError: () => fail(413, "web.error.tooLarge", { max: maxSize }) });

  const readJson = async (c: Context): Promise<Record<string, unknown>> => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch (error) {
      throw new HttpProblem(400, "web.error.badRequest", {
        detail: error instanceof Error ? error.message : "JSON",
      });
    }
    if (!isRecord(body)) throw new HttpProblem(400, "web.error.badRequest", { detail: "JSON" });
    return body;
  };
  const readForm = async (c: Context) => {
    try {
      return await c.req.parseBody();
    } catch (error) {
      throw new HttpProblem(400, "web.error.badRequest", {
        detail: error instanceof Error ? error.message : "multipart",
      });
    }
  };
  const profileField = (value: unknown): unknown => {
    if (value === undefined) return undefined;
    if (typeof value !== "string")
      throw new HttpProblem(400, "web.error.badRequest", { detail: "profile" });
    if (Buffer.byteLength(value) > MAX_PROFILE_BYTES) {
      throw new HttpProblem(413, "web.error.tooLarge", { max: MAX_PROFILE_BYTES });
    }
    try {
      return JSON.parse(value) as unknown;
    } catch {
      throw new HttpProblem(400, "web.error.badRequest", { detail: "profile" });
    }
  };

  const app = new Hono();
  app.use(securityHeaders);
  app.use(requestGuard(options.address, () => fail(403, "web.error.forbidden")));

  app.get("/", (c) => c.html(page));
  app.get("/static/:name", (c) => {
    const name = c.req.param("name");
    const data = statics.get(name);
    if (!data) return fail(404, "web.error.notFound");
    return new Response(new Uint8Array(data), {
      headers: { "content-type": STATIC_TYPES[name] ?? "application/octet-stream" },
    });
  });

  // As you type: the form's problems, or the letters, the chosen one's Document and the files.
  app.post("/api/preview", limit(MAX_PROFILE_BYTES), async (c) => {
    const body = await readJson(c);
    let loaded: Awaited<ReturnType<typeof profileFromForm>>;
    let documents: ReturnType<typeof centreDocuments>;
    let letters: ReturnType<typeof centreLetters>;
    try {
      loaded = await profileFromForm(formFile, body.profile);
      documents = centreDocuments(loaded, sources);
      letters = centreLetters(loaded, documents, sources);
    } catch (error) {
      const problems = problemsOf(t, error);
      if (!problems) throw error;
      return json(200, { ok: false, problems });
    }
    // A tool without its contract facts gets no letter: said at its fields, the rest shown.
    const refused = problemsOf(t, documents.refusal) ?? [];
    const chosen = letters.find((l) => l.key === body.letter) ?? letters[0];
    // A letter's title names its reader ("… voor ouders"); a guide's says it is for staff here.
    const labelOf = (l: (typeof letters)[number]) =>
      l.prepared.spec.kind === "guide"
        ? `${l.title} (${t(`web.preview.for.${l.prepared.spec.audience}`)})`
        : l.title;
    return json(200, {
      ok: true,
      problems: refused,
      letters: letters.map((l) => ({ key: l.key, label: labelOf(l) })),
      files: [
        ...centreFileList(loaded, letters).map((f) => ({ name: f.name, letter: f.letter })),
        { name: zipName(loaded.profile.id), letter: "" },
      ],
      preview: chosen && { key: chosen.key, label: labelOf(chosen), blocks: chosen.doc.blocks },
    });
  });

  // An existing profile into the form: the same YAML checks as the CLI (aliases, tags, syntax).
  app.post("/api/profile/load", limit(MAX_PROFILE_BYTES), async (c) => {
    const file = path.basename(c.req.query("name") ?? "profiel.yaml");
    const atLine = (p: { line?: number; key: MessageKey; params?: MessageParams }) => ({
      message: t("web.atLine", { line: p.line ?? 1, message: t(p.key, p.params ?? {}) }),
    });
    let text: string;
    try {
      // As a profile file is read: one that is not UTF-8, or not text at all, is refused.
      text = decodeUtf8(file, new Uint8Array(await c.req.arrayBuffer()));
    } catch (error) {
      if (!isUserError(error)) throw error;
      return json(422, { error: t(error.key, error.params), problems: error.problems.map(atLine) });
    }
    const parsed = parseYamlSource(file, text);
    const { source } = parsed;
    const problems = boundProblems(parsed.problems);
    if (!source || !isRecord(source.value)) {
      return json(422, {
        error: t("profile.invalid", { file, count: Math.max(problems.length, 1) }),
        problems: (problems.length > 0
          ? problems
          : [{ file, line: 1, key: "profile.notAMapping" as const }]
        ).map((p) => ({
          message: t("web.atLine", { line: p.line ?? 1, message: t(p.key, p.params ?? {}) }),
        })),
      });
    }
    let formProblems: ProblemJson[] = [];
    try {
      await profileFromForm(file, source.value);
    } catch (error) {
      formProblems = problemsOf(t, error) ?? [];
      if (!isUserError(error)) throw error;
    }
    return json(200, { file, values: source.value, problems: formProblems });
  });

  // The form as a profile file, valid or not yet: a privacy officer may save work in progress.
  app.post("/api/profile/save", limit(MAX_PROFILE_BYTES), async (c) => {
    const body = await readJson(c);
    const profile = isRecord(body.profile) ? body.profile : {};
    const id =
      typeof profile.id === "string" && /^[a-z0-9-]{1,64}$/.test(profile.id)
        ? profile.id
        : "profiel";
    return new Response(`${SCHEMA_LINE}\n${stringify(profile)}`, {
      headers: {
        "content-type": "application/yaml; charset=utf-8",
        "content-disposition": `attachment; filename="${id}.yaml"`,
      },
    });
  });

  // One file, or every file in one zip, made from the form and the uploaded logo.
  app.post(
    "/api/files/:name",
    limit(MAX_PROFILE_BYTES + MAX_LOGO_BYTES + MULTIPART_SLACK),
    async (c) => {
      const form = await readForm(c);
      const logoPart = form.logo;
      let logo: { name: string; data: Uint8Array } | undefined;
      if (logoPart instanceof File && logoPart.size > 0) {
        if (logoPart.size > MAX_LOGO_BYTES) {
          throw new HttpProblem(413, "web.error.tooLarge", { max: MAX_LOGO_BYTES });
        }
        logo = {
          name: path.basename(logoPart.name),
          data: new Uint8Array(await logoPart.arrayBuffer()),
        };
      }
      const loaded = await profileFromForm(formFile, profileField(form.profile), logo);
      const documents = centreDocuments(loaded, sources);
      const letters = centreLetters(loaded, documents, sources);
      const files = centreFileList(loaded, letters);
      const name = c.req.param("name");
      if (name === zipName(loaded.profile.id)) {
        const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
        for (const file of await allCentreFiles(loaded, documents, sources)) {
          // Dated like the letters, not by the clock: the same form gives the same zip.
          entries[file.path] = [file.bytes, { mtime: new Date(`${file.date}T12:00:00Z`) }];
        }
        return download(zipSync(entries, { level: 6 }), name, "application/zip");
      }
      const file = files.find((f) => f.name === name);
      if (!file) return fail(404, "web.error.notFound");
      return download(
        await renderCentreFile(loaded, letters, file, sources),
        file.name,
        file.mediaType,
      );
    },
  );

  // An edited letter, checked clause by clause as `validate` checks it; compared with the
  // form's centre when the form is in order.
  app.post(
    "/api/check-letter",
    limit(MAX_LETTER_UPLOAD_BYTES + MAX_PROFILE_BYTES + MULTIPART_SLACK),
    async (c) => {
      const form = await readForm(c);
      const letter = form.letter;
      if (!(letter instanceof File)) {
        throw new HttpProblem(400, "web.error.badRequest", { detail: "letter" });
      }
      if (letter.size > MAX_LETTER_UPLOAD_BYTES) {
        throw new HttpProblem(413, "web.error.tooLarge", { max: MAX_LETTER_UPLOAD_BYTES });
      }
      const file = path.basename(letter.name);
      const values = profileField(form.profile);
      let profile: Awaited<ReturnType<typeof profileFromForm>> | undefined;
      if (values !== undefined) {
        profile = await profileFromForm(formFile, values).catch(() => undefined);
      }
      let text: Awaited<ReturnType<typeof readLetterData>>;
      try {
        text = await readLetterData(file, new Uint8Array(await letter.arrayBuffer()));
      } catch (error) {
        const problems = problemsOf(t, error);
        if (!problems || !isUserError(error)) throw error;
        return json(422, { error: t(error.key, error.params), problems });
      }
      const target = checkLetterText(file, text, {
        toolsFile: sources.tools,
        checklist: sources.checklist,
        ...(profile ? { profile } : {}),
      });
      return json(200, {
        file,
        tool: target.tool ? toolFacts(sources.tools, target.tool).name : undefined,
        clauses: target.clauses,
        problems: target.problems.map((p) => ({ message: t(p.key, p.params ?? {}) })),
      });
    },
  );

  app.notFound(() => fail(404, "web.error.notFound"));
  app.onError((error) => {
    if (error instanceof HttpProblem) return fail(error.status, error.key, error.params);
    const problems = problemsOf(t, error);
    if (problems && isUserError(error)) {
      return new Response(JSON.stringify({ error: t(error.key, error.params), problems }), {
        status: 422,
        headers: { "content-type": "application/json; charset=utf-8" },
      });
    }
    // A bug: the user sees a plain sentence, never the stack; the server keeps running.
    return fail(500, "web.error.bug");
  });
  return app;
}

function zipName(id: string): string {
  return `${id}-alles.zip`;
}

function download(data: Uint8Array, name: string, mediaType: string): Response {
  return new Response(new Uint8Array(data), {
    headers: {
      "content-type": mediaType,
      "content-disposition": `attachment; filename="${name}"`,
      "content-length": String(data.length),
    },
  });
}
