import Handlebars from "handlebars";
import { UserError } from "../errors/user-error.js";
import { readText } from "../files/input-source.js";
import { HELPERS, KNOWN_HELPERS } from "../template/helpers.js";
import { contextPaths, type TemplateSet } from "../template/load-templates.js";
import { escapeDeep } from "../template/markdown-escape.js";
import { parseProblem, renderProblem } from "../template/template-error.js";
import { collectUsages } from "../template/template-usages.js";

export const EMAIL_TEMPLATE = "email.md.hbs";
const MAX_EMAIL_TEMPLATE_BYTES = 64 * 1024;
/** An e-mail body is a few hundred words; far more is a runaway partial. */
const MAX_EMAIL_CHARS = 100_000;

export interface EmailTemplate {
  readonly file: string;
  readonly source: string;
  /** Fills in the template; `context` holds raw values, escaped here for Markdown. */
  render(context: object): string;
}

const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpers: Object.fromEntries([...KNOWN_HELPERS].map((h) => [h, true])),
  knownHelpersOnly: false,
} as const;

// One compiled e-mail template per template set: a batch makes thousands of e-mails from it.
const cache = new WeakMap<TemplateSet, Promise<EmailTemplate>>();

/**
 * The e-mail template next to the letters (`<templates>/email.md.hbs`, read from the source
 * the letters came from), compiled in its own
 * Handlebars environment with the letters' helpers and partials, so the e-mail can include the
 * same partials (the consent routes) and the same strict rules hold: a misspelt variable is an
 * error with line and column.
 */
export function loadEmailTemplate(templates: TemplateSet): Promise<EmailTemplate> {
  let template = cache.get(templates);
  if (!template) {
    template = compileEmailTemplate(templates);
    cache.set(templates, template);
  }
  return template;
}

async function compileEmailTemplate(templates: TemplateSet): Promise<EmailTemplate> {
  const file = templates.source.where(EMAIL_TEMPLATE);
  let source: string;
  try {
    source = await readText(templates.source, EMAIL_TEMPLATE, MAX_EMAIL_TEMPLATE_BYTES);
  } catch (error) {
    if (error instanceof UserError && error.key === "error.fileMissing") {
      throw new UserError("template.invalidSet", { dir: templates.dir }, [
        { file, key: "template.missing", params: { file } },
      ]);
    }
    throw error;
  }
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(source);
  } catch (error) {
    throw new UserError("template.invalidSet", { dir: templates.dir }, [
      parseProblem(file, source, error),
    ]);
  }
  const usages = collectUsages(ast);
  const unknown = usages.filter(
    (u) =>
      (u.kind === "helper" && !KNOWN_HELPERS.has(u.name)) ||
      (u.kind === "partial" && !templates.partials.has(u.name)) ||
      u.kind === "decorator",
  );
  if (unknown.length > 0) {
    throw new UserError(
      "template.invalidSet",
      { dir: templates.dir },
      unknown.map((u) => ({
        file,
        line: u.line,
        column: u.column,
        field: u.name,
        key:
          u.kind === "helper"
            ? ("template.unknownHelper" as const)
            : u.kind === "partial"
              ? ("template.unknownPartial" as const)
              : ("template.decorator" as const),
        params: { name: u.name, dir: templates.source.where("partials") },
      })),
    );
  }

  const env = Handlebars.create();
  env.unregisterHelper("log");
  env.unregisterHelper("lookup");
  env.registerHelper(HELPERS);
  // The e-mail's partials are the letters' (already checked by loadTemplates); none of them
  // includes the e-mail, so no recursion guard is needed beyond Handlebars' own stack.
  for (const partial of templates.partials.values()) {
    env.registerPartial(partial.name, env.compile(partial.ast, COMPILE_OPTIONS));
  }
  const compiled = env.compile(ast, COMPILE_OPTIONS);
  return {
    file,
    source,
    render(context) {
      let output: string;
      try {
        output = compiled(escapeDeep(context));
      } catch (error) {
        const problem = renderProblem(file, error, usages, contextPaths(context));
        if (!problem) throw error;
        throw new UserError("template.failed", { file }, [problem], { cause: error });
      }
      if (output.length > MAX_EMAIL_CHARS) {
        throw new UserError("template.tooLarge", { max: MAX_EMAIL_CHARS }, [
          { file, key: "template.tooLarge", params: { max: MAX_EMAIL_CHARS } },
        ]);
      }
      return output;
    },
  };
}
