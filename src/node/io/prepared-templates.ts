import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";

/**
 * The shipped Handlebars templates (letters, partials, guides, the e-mail, every language
 * folder's) precompiled when the bundle is built (scripts/bundle.js), one file each in a folder
 * beside the bundle: a cold `generate` then skips Handlebars' compiler, which turned each
 * template it used into JavaScript source in every process (issue 30). A template's file is
 * named by a hash of Handlebars' version, the compile options and the template's exact text, so
 * an edited template, or one compiled with other options or by another Handlebars, finds no
 * file and is compiled as before; so is every template when the folder is missing or a file
 * damaged. Only the bundle has the folder; from src/ or dist/ (the tests) every template is
 * compiled.
 *
 * As Handlebars' own compile, a template is made when it is first used: a letter uses a few of
 * the partials, and only their files are read. The code Handlebars.precompile writes is the
 * code compile would have made and run (the site runs the same precompiled code:
 * src/site/precompiled-templates.ts).
 */
export const PREPARED_TEMPLATES_DIR = "prepared-templates";

type Spec = Parameters<typeof Handlebars.template>[0];
type Environment = ReturnType<typeof Handlebars.create>;
type Compiled = ReturnType<Environment["compile"]>;

// The text each parsed tree came from: the core parses a template's text, then compiles the tree.
const textOf = new WeakMap<object, string>();
let remembering = false;
let using = false;

/** Handlebars.parse remembers the text of each tree it gives (once per process). */
function rememberTexts(): void {
  if (remembering) return;
  remembering = true;
  const parse = Handlebars.parse.bind(Handlebars);
  Handlebars.parse = ((input: string, options?: unknown) => {
    const ast = parse(input, options as never);
    if (typeof input === "string" && typeof ast === "object" && ast !== null)
      textOf.set(ast, input);
    return ast;
  }) as typeof Handlebars.parse;
}

/** The file name of a compile: a hash of Handlebars' version, the options and the text. */
export function preparedTemplateName(input: unknown, options: unknown): string | undefined {
  const text =
    typeof input === "string"
      ? input
      : typeof input === "object" && input !== null
        ? textOf.get(input)
        : undefined;
  if (text === undefined) return undefined;
  const hash = createHash("sha256");
  hash.update(`${Handlebars.VERSION}\0${JSON.stringify(options ?? {})}\0`);
  hash.update(text);
  return `${hash.digest("hex").slice(0, 32)}.js`;
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

/**
 * From now on, a template whose file the folder beside the running code has is not compiled:
 * its precompiled code is used, read when the template is first used.
 */
export function usePreparedTemplatesBesideCode(
  dir = path.join(path.dirname(fileURLToPath(import.meta.url)), PREPARED_TEMPLATES_DIR),
): void {
  if (using) return;
  using = true;
  rememberTexts();
  wrapCompile(
    (env, compile) =>
      ((input: unknown, options: unknown) => {
        const name = preparedTemplateName(input, options);
        if (name === undefined) return compile(input as string, options as CompileOptions);
        let made: Compiled | undefined;
        const template = (): Compiled => {
          made ??=
            precompiled(env, path.join(dir, name)) ??
            compile(input as string, options as CompileOptions);
          return made;
        };
        // What Handlebars' own compile returns: the template made at its first use.
        type Made = Record<string, (...args: unknown[]) => unknown>;
        function lazy(this: unknown, context: unknown, execOptions: unknown) {
          return (template() as unknown as (...args: unknown[]) => unknown).call(
            this,
            context,
            execOptions,
          );
        }
        lazy._setup = (setup: unknown) => (template() as unknown as Made)._setup!(setup);
        lazy._child = (...args: unknown[]) => (template() as unknown as Made)._child!(...args);
        return lazy as unknown as Compiled;
      }) as Environment["compile"],
  );
}

/** The template of a precompiled file, or undefined when there is none or it does not run. */
function precompiled(env: Environment, file: string): Compiled | undefined {
  try {
    const source = readFileSync(file, "utf8");
    return env.template(new Function(`return ${source};`)() as Spec);
  } catch {
    return undefined;
  }
}

/**
 * For the build: every template compiled while `run` runs, precompiled with its options, by
 * file name. Each compile still happens as it would, on its own copy of the tree and options
 * (Handlebars' compiler changes both).
 */
export async function precompileWhile(run: () => Promise<unknown>): Promise<Map<string, string>> {
  rememberTexts();
  const specs = new Map<string, string>();
  wrapCompile(
    (_env, compile) =>
      ((input: unknown, options: unknown) => {
        const name = preparedTemplateName(input, options);
        if (name !== undefined) {
          const spec = Handlebars.precompile(structuredClone(input) as string, {
            ...(options as PrecompileOptions),
          }) as unknown as string;
          specs.set(name, spec);
        }
        return compile(structuredClone(input) as string, { ...(options as CompileOptions) });
      }) as Environment["compile"],
  );
  await run();
  return specs;
}
