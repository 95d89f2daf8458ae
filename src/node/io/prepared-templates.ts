import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";

/**
 * The shipped Handlebars templates (letters, partials, guides, the e-mail, every language
 * folder's) precompiled when the bundle is built (scripts/bundle.js), written beside it: a cold
 * `generate` then skips Handlebars' compiler, which turned each template it used into
 * JavaScript source in every process (issue 30). A template is found by its exact text and
 * compile options, so an edited template, or one compiled with other options, is compiled as
 * before; so is every template when the file is missing or damaged. Only the bundle has the
 * file; from src/ or dist/ (the tests) every template is compiled.
 *
 * The code Handlebars.precompile writes is the code compile would have made and run (the site
 * runs the same precompiled code: src/site/precompiled-templates.ts).
 */
export const PREPARED_TEMPLATES_FILE = "prepared-templates.json";

export interface PreparedTemplatesFile {
  readonly handlebars: string;
  /** [template text, compile options as JSON, the spec's JavaScript source]. */
  readonly templates: readonly (readonly [text: string, options: string, spec: string])[];
}

type Spec = Parameters<typeof Handlebars.template>[0];
type Environment = ReturnType<typeof Handlebars.create>;

// The text each parsed tree came from: the core parses a template's text, then compiles the tree.
const textOf = new WeakMap<object, string>();
let patched = false;
let using = false;

/** Handlebars.parse remembers the text of each tree it gives (once per process). */
function rememberTexts(): void {
  if (patched) return;
  patched = true;
  const parse = Handlebars.parse.bind(Handlebars);
  Handlebars.parse = ((input: string, options?: unknown) => {
    const ast = parse(input, options as never);
    if (typeof input === "string" && typeof ast === "object" && ast !== null)
      textOf.set(ast, input);
    return ast;
  }) as typeof Handlebars.parse;
}

/** The key of a compile: the template's text and its options. */
function keyOf(input: unknown, options: unknown): string | undefined {
  const text =
    typeof input === "string"
      ? input
      : typeof input === "object" && input !== null
        ? textOf.get(input)
        : undefined;
  if (text === undefined) return undefined;
  return `${JSON.stringify(options ?? {})}\0${text}`;
}

/** Every environment made from now on gets `wrap` around its compile. */
function wrapCompile(
  wrap: (env: Environment, compile: Environment["compile"]) => Environment["compile"],
): void {
  const create = Handlebars.create.bind(Handlebars);
  Handlebars.create = () => {
    const env = create();
    env.compile = wrap(env, env.compile.bind(env));
    return env;
  };
}

/** The precompiled templates in `dir`'s file, by key; undefined when it cannot be used. */
export function readPreparedTemplates(dir: string): Map<string, string> | undefined {
  try {
    const data = JSON.parse(
      readFileSync(path.join(dir, PREPARED_TEMPLATES_FILE), "utf8"),
    ) as PreparedTemplatesFile;
    if (data?.handlebars !== Handlebars.VERSION || !Array.isArray(data.templates)) return undefined;
    const specs = new Map<string, string>();
    for (const entry of data.templates) {
      const [text, options, spec] = Array.isArray(entry) ? entry : [];
      if (typeof text === "string" && typeof options === "string" && typeof spec === "string")
        specs.set(`${options}\0${text}`, spec);
    }
    return specs;
  } catch {
    return undefined;
  }
}

/**
 * From now on, a template whose text and options the file beside the running code has is not
 * compiled: its precompiled code is used. The file is read at the first compile.
 */
export function usePreparedTemplatesBesideCode(
  dir = path.dirname(fileURLToPath(import.meta.url)),
): void {
  if (using) return;
  using = true;
  rememberTexts();
  let specs: Map<string, string> | undefined | null;
  wrapCompile(
    (env, compile) =>
      ((input: unknown, options: unknown) => {
        specs ??= readPreparedTemplates(dir) ?? null;
        const key = specs ? keyOf(input, options) : undefined;
        const source = key === undefined ? undefined : specs?.get(key);
        if (source === undefined) return compile(input as string, options as CompileOptions);
        try {
          return env.template(new Function(`return ${source};`)() as Spec);
        } catch {
          return compile(input as string, options as CompileOptions);
        }
      }) as Environment["compile"],
  );
}

/**
 * For the build: every template compiled while `run` runs, precompiled with its options. Each
 * compile still happens as it would, on its own copy of the tree and options (Handlebars'
 * compiler changes both).
 */
export async function precompileWhile(run: () => Promise<unknown>): Promise<PreparedTemplatesFile> {
  rememberTexts();
  const templates = new Map<string, [string, string, string]>();
  wrapCompile(
    (_env, compile) =>
      ((input: unknown, options: unknown) => {
        const key = keyOf(input, options);
        if (key !== undefined) {
          const text = key.slice(key.indexOf("\0") + 1);
          const spec = Handlebars.precompile(structuredClone(input) as string, {
            ...(options as PrecompileOptions),
          }) as unknown as string;
          templates.set(key, [text, JSON.stringify(options ?? {}), spec]);
        }
        return compile(structuredClone(input) as string, { ...(options as CompileOptions) });
      }) as Environment["compile"],
  );
  await run();
  return { handlebars: Handlebars.VERSION, templates: [...templates.values()] };
}
