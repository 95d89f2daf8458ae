import type { TemplateDelegate } from "handlebars";
import Handlebars from "handlebars";
import { type Problem, UserError } from "../errors/user-error.js";
import { type InputSource, readText } from "../files/input-source.js";
import type { ToolId } from "../tools/tool-ids.js";
import { HELPERS, KNOWN_HELPERS } from "./helpers.js";
import { escapeDeep } from "./markdown-escape.js";
import { parseProblem, renderProblem } from "./template-error.js";
import { collectUsages, type Usage } from "./template-usages.js";

export const TEMPLATE_EXT = ".md.hbs";
const MAX_TEMPLATE_BYTES = 256 * 1024;
const MAX_PARTIAL_DEPTH = 16;
/** A letter is a few thousand characters; far more means a runaway loop or partial. */
export const MAX_OUTPUT_CHARS = 1_000_000;
/** Nested partials are counted at every level, so their total may exceed the letter's. */
const MAX_PARTIAL_OUTPUT_CHARS = 8 * MAX_OUTPUT_CHARS;

export interface TemplateFile {
  /** `teams` for a letter template, `rechten` for partials/rechten.md.hbs. */
  readonly name: string;
  readonly file: string;
  readonly source: string;
  readonly ast: hbs.AST.Program;
  readonly usages: readonly Usage[];
}

export interface TemplateSet {
  /** The folder, as messages name it. */
  readonly dir: string;
  /** Where the templates were read from: the e-mail template is read from it when needed. */
  readonly source: InputSource;
  readonly letters: ReadonlyMap<ToolId, TemplateFile>;
  readonly partials: ReadonlyMap<string, TemplateFile>;
  /** Fills in a letter template; `context` holds raw values, escaped here for Markdown. */
  render(tool: ToolId, context: object): string;
}

const COMPILE_OPTIONS = {
  strict: true,
  // Values are escaped for Markdown by escapeDeep; Handlebars' HTML escaping would show "&amp;".
  noEscape: true,
  knownHelpers: Object.fromEntries([...KNOWN_HELPERS].map((h) => [h, true])),
  knownHelpersOnly: false,
} as const;

/**
 * Reads and compiles the letter templates for `tools` (`<tool>.md.hbs`) and every partial in
 * `partials/` of `source`. All problems (syntax, unknown helpers, partials, decorators) are
 * gathered before throwing.
 */
export async function compileTemplates(
  source: InputSource,
  tools: readonly ToolId[],
): Promise<TemplateSet> {
  const dir = source.where("");
  const problems: Problem[] = [];
  const letters = new Map<ToolId, TemplateFile>();
  const partials = new Map<string, TemplateFile>();

  const read = async (name: string, fileName: string): Promise<TemplateFile | undefined> => {
    const file = source.where(fileName);
    let text: string;
    try {
      text = await readText(source, fileName, MAX_TEMPLATE_BYTES);
    } catch (error) {
      if (error instanceof UserError && error.key === "error.fileMissing") {
        problems.push({ file, key: "template.missing", params: { file } });
        return undefined;
      }
      if (error instanceof UserError && error.key === "error.notUtf8") {
        problems.push(...error.problems);
        return undefined;
      }
      throw error;
    }
    try {
      const ast = Handlebars.parse(text);
      return { name, file, source: text, ast, usages: collectUsages(ast) };
    } catch (error) {
      problems.push(parseProblem(file, text, error));
      return undefined;
    }
  };

  for (const tool of tools) {
    const template = await read(tool, `${tool}${TEMPLATE_EXT}`);
    if (template) letters.set(tool, template);
  }
  const partialDir = source.where("partials");
  const partialFiles = await source.list("partials");
  // Partials that exist but could not be read or parsed: their own problem is reported, not
  // also "does not exist" wherever they are used.
  const unusable = new Set<string>();
  for (const entry of partialFiles.filter((f) => f.endsWith(TEMPLATE_EXT)).sort()) {
    const name = entry.slice(0, -TEMPLATE_EXT.length);
    const template = await read(name, `partials/${entry}`);
    if (template) partials.set(name, template);
    else unusable.add(name);
  }

  for (const template of [...letters.values(), ...partials.values()]) {
    for (const usage of template.usages) {
      const at = { file: template.file, line: usage.line, column: usage.column, field: usage.name };
      if (usage.kind === "helper" && !KNOWN_HELPERS.has(usage.name)) {
        problems.push({ ...at, key: "template.unknownHelper", params: { name: usage.name } });
      } else if (
        usage.kind === "partial" &&
        !partials.has(usage.name) &&
        !unusable.has(usage.name)
      ) {
        problems.push({
          ...at,
          key: "template.unknownPartial",
          params: { name: usage.name, dir: partialDir },
        });
      } else if (usage.kind === "decorator") {
        problems.push({ ...at, key: "template.decorator", params: { name: usage.name } });
      }
    }
  }
  if (problems.length > 0) throw new UserError("template.invalidSet", { dir }, problems);
  return compile(dir, source, letters, partials);
}

/** Which file an error came from: set by the innermost partial it passed through. */
const ORIGIN = Symbol("template origin");
type Traced = { [ORIGIN]?: TemplateFile };

function compile(
  dir: string,
  source: InputSource,
  letters: Map<ToolId, TemplateFile>,
  partials: Map<string, TemplateFile>,
): TemplateSet {
  // An isolated environment: our helpers and partials never leak into other Handlebars users.
  const env = Handlebars.create();
  env.unregisterHelper("log");
  env.unregisterHelper("lookup");
  env.registerHelper(HELPERS);
  let depth = 0;
  let produced = 0;
  for (const partial of partials.values()) {
    const compiled = env.compile(partial.ast, COMPILE_OPTIONS);
    const traced: TemplateDelegate = (context, options) => {
      depth += 1;
      try {
        if (depth > MAX_PARTIAL_DEPTH) {
          throw new UserError("template.recursion", { name: partial.name }, [
            { file: partial.file, key: "template.recursion", params: { name: partial.name } },
          ]);
        }
        const output = compiled(context, options);
        // Partials that include each other many times can multiply the text to gigabytes
        // long before the whole letter is done; stop as soon as they produce too much.
        produced += output.length;
        if (produced > MAX_PARTIAL_OUTPUT_CHARS) {
          throw new UserError("template.tooLarge", { max: MAX_OUTPUT_CHARS }, [
            { file: partial.file, key: "template.tooLarge", params: { max: MAX_OUTPUT_CHARS } },
          ]);
        }
        return output;
      } catch (error) {
        if (error && typeof error === "object" && !(ORIGIN in error))
          (error as Traced)[ORIGIN] = partial;
        throw error;
      } finally {
        depth -= 1;
      }
    };
    env.registerPartial(partial.name, traced);
  }
  const compiledLetters = new Map(
    [...letters].map(([tool, template]) => [tool, env.compile(template.ast, COMPILE_OPTIONS)]),
  );

  return {
    dir,
    source,
    letters,
    partials,
    render(tool, context) {
      const template = letters.get(tool);
      const compiled = compiledLetters.get(tool);
      if (!template || !compiled) throw new Error(`template for ${tool} was not loaded`);
      depth = 0;
      produced = 0;
      let output: string;
      try {
        output = compiled(escapeDeep(context));
      } catch (error) {
        if (error instanceof UserError) throw error;
        const origin = (error as Traced)?.[ORIGIN] ?? template;
        const problem = renderProblem(origin.file, error, origin.usages, contextPaths(context));
        if (!problem) throw error;
        throw new UserError("template.failed", { file: template.file }, [problem], {
          cause: error,
        });
      }
      if (output.length > MAX_OUTPUT_CHARS) {
        throw new UserError("template.tooLarge", { max: MAX_OUTPUT_CHARS }, [
          { file: template.file, key: "template.tooLarge", params: { max: MAX_OUTPUT_CHARS } },
        ]);
      }
      return output;
    },
  };
}

/** Every dotted path in a data tree (`centre.address.city`), for "did you mean" suggestions. */
export function contextPaths(value: unknown, prefix = ""): string[] {
  if (
    value === null ||
    typeof value !== "object" ||
    Array.isArray(value) ||
    value instanceof Uint8Array
  ) {
    return prefix ? [prefix] : [];
  }
  const paths: string[] = prefix ? [prefix] : [];
  for (const [key, item] of Object.entries(value)) {
    paths.push(...contextPaths(item, prefix ? `${prefix}.${key}` : key));
  }
  return paths;
}
