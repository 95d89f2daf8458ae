import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex } from "@noble/hashes/utils";
import Handlebars from "handlebars";

/*
 * Handlebars compiles a template into JavaScript with `new Function`, which the page's CSP
 * (no 'unsafe-eval') refuses. So the site's build precompiles every template the core compiles
 * (scripts/build-site.js: the core run in Node with the compiler watched), with the core's own
 * options, into code bundled with the page; here each environment the core creates takes the
 * precompiled template instead of compiling. The templates, their options and the core's code
 * stay as they are: the same text gives the same Document as in Node.
 */

type Spec = Parameters<typeof Handlebars.template>[0];

/** A template by its parsed form and compile options: the same in Node and in the page. */
export function templateKey(ast: unknown, options: unknown): string {
  return bytesToHex(sha256(new TextEncoder().encode(JSON.stringify([ast, options]))));
}

// The page's own templates, and those of each translation loaded since (language-loader.ts).
const known = new Map<string, Spec>();

/** More precompiled templates, for the environments made from now on and those made before. */
export function addPrecompiledTemplates(specs: Readonly<Record<string, Spec>>): void {
  for (const [key, spec] of Object.entries(specs)) known.set(key, spec);
}

/** From now on, every Handlebars environment takes its templates from `specs`. */
export function usePrecompiledTemplates(specs: Readonly<Record<string, Spec>>): void {
  addPrecompiledTemplates(specs);
  const create = Handlebars.create.bind(Handlebars);
  Handlebars.create = () => {
    const env = create();
    env.compile = ((input: unknown, options: unknown) => {
      const spec = known.get(templateKey(input, options));
      if (!spec) throw new Error("a template was not precompiled with the site");
      return env.template(spec);
    }) as typeof env.compile;
    return env;
  };
}

/**
 * For the build: every template compiled while `run` runs, precompiled as JavaScript source,
 * by its key.
 */
export async function precompileWhile(run: () => Promise<unknown>): Promise<Map<string, string>> {
  const specs = new Map<string, string>();
  const create = Handlebars.create;
  Handlebars.create = () => {
    const env = create.call(Handlebars);
    const compile = env.compile.bind(env);
    env.compile = ((input: unknown, options: unknown) => {
      // Handlebars' compiler changes the tree and the options it is given (it adds `data`);
      // the page never compiles, so here too the core's stay as they were: each gets a copy.
      specs.set(
        templateKey(input, options),
        // JavaScript source at run time, whatever the typings say.
        Handlebars.precompile(structuredClone(input) as string, {
          ...(options as PrecompileOptions),
        }) as unknown as string,
      );
      return compile(structuredClone(input) as string, { ...(options as CompileOptions) });
    }) as typeof env.compile;
    return env;
  };
  try {
    await run();
  } finally {
    Handlebars.create = create;
  }
  return specs;
}
