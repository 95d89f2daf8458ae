import Handlebars from "handlebars";
import type { Problem } from "../errors/user-error.js";
import { suggest } from "../yaml/zod-issues.js";
import { HelperArgumentError } from "./helpers.js";
import type { Usage } from "./template-usages.js";

/**
 * Turns a Handlebars parse failure into a located problem. Handlebars' parser does not put the
 * position on the error it throws, but its (shared, synchronous) lexer still holds how far it
 * got, which is exactly where the template stops making sense.
 */
export function parseProblem(file: string, source: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const hbError = error as { lineNumber?: number; column?: number };
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message);
  if (mismatch && hbError.lineNumber !== undefined) {
    return {
      file,
      line: hbError.lineNumber,
      column: (hbError.column ?? 0) + 1,
      key: "template.blockMismatch",
      params: { open: `{{#${mismatch[1]}}}`, close: `{{/${mismatch[2]}}}` },
    };
  }
  const lexer = (
    Handlebars as unknown as { Parser?: { lexer?: { matched?: string; match?: string } } }
  ).Parser?.lexer;
  const offset = Math.max(0, (lexer?.matched?.length ?? 0) - (lexer?.match?.length ?? 0));
  const { line, column } = lineColumn(source, Math.min(offset, source.length));
  if (/got 'EOF'/.test(message)) {
    const mustache = unclosedMustache(source);
    if (mustache !== undefined) {
      return { file, ...lineColumn(source, mustache), key: "template.unclosedMustache" };
    }
    const open = lastUnclosedBlock(source);
    return {
      file,
      ...(open ? lineColumn(source, open.offset) : { line, column }),
      key: "template.unclosedBlock",
      params: {
        open: open ? `{{#${open.name}}}` : "{{#…}}",
        close: open ? `{{/${open.name}}}` : "{{/…}}",
      },
    };
  }
  const got = /got '([^']+)'/.exec(message)?.[1];
  const detail = got
    ? `onverwacht “${lexer?.match || got}” (regel ${line}, kolom ${column})`
    : (message.split("\n")[0] ?? message);
  return { file, line, column, key: "template.syntax", params: { detail } };
}

function lineColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

/** The offset of a "{{" that no "}}" closes before the next "{{", if any. */
function unclosedMustache(source: string): number | undefined {
  for (const match of source.matchAll(/\{\{/g)) {
    const close = source.indexOf("}}", match.index + 2);
    const next = source.indexOf("{{", match.index + 2);
    if (close < 0 || (next >= 0 && next < close)) return match.index;
  }
  return undefined;
}

function lastUnclosedBlock(source: string): { name: string; offset: number } | undefined {
  const stack: { name: string; offset: number }[] = [];
  for (const match of source.matchAll(/\{\{~?([#/])\s*([^\s}~]+)/g)) {
    if (match[1] === "#") stack.push({ name: match[2]!, offset: match.index });
    else stack.pop();
  }
  return stack.at(-1);
}

/** Turns an error thrown while filling in a template into a located problem, if it is one. */
export function renderProblem(
  file: string,
  error: unknown,
  usages: readonly Usage[],
  knownPaths: readonly string[],
): Problem | undefined {
  if (error instanceof HelperArgumentError) {
    return {
      file,
      ...(error.loc ?? {}),
      field: error.helper,
      key: "template.helperArgument",
      params: { name: error.helper, detail: error.detail },
    };
  }
  const hbError = error as { message?: string; lineNumber?: number; column?: number };
  const notDefined = /^"([^"]+)" not defined in/.exec(hbError.message ?? "");
  if (notDefined && hbError.lineNumber !== undefined) {
    const line = hbError.lineNumber;
    const column = (hbError.column ?? 0) + 1;
    // Handlebars names only the missing segment; the template's own text names the whole path.
    const usage = usages.find(
      (u) => u.kind === "variable" && u.line === line && u.column === column,
    );
    const name = usage?.name ?? notDefined[1]!;
    const suggestion = suggest(name, knownPaths);
    return {
      file,
      line,
      column,
      field: name,
      key: suggestion ? "template.unknownVariableSuggest" : "template.unknownVariable",
      params: suggestion ? { name, suggestion } : { name },
    };
  }
  return undefined;
}
