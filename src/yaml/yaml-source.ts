import type { Document, Node, Pair } from "yaml";
import {
  isAlias,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
} from "yaml";
import type { MessageParams, Problem } from "../errors/user-error.js";
import type { MessageKey } from "../i18n/messages-nl.js";

/** A parsed YAML file that can say where each value came from. */
export interface YamlSource {
  readonly file: string;
  readonly value: unknown;
  /** 1-based line and column of the value at `path`, or of its nearest existing parent. */
  locate(path: readonly PropertyKey[], which?: "value" | "key"): { line: number; column: number };
  /** The text of the plain value at `path` as the file writes it, or undefined. */
  raw(path: readonly PropertyKey[]): string | undefined;
}

const MAX_ALIASES = 20;

const YAML_CODE_KEYS: Partial<Record<string, MessageKey>> = {
  TAB_AS_INDENT: "profile.yamlTab",
  DUPLICATE_KEY: "profile.yamlDuplicateKey",
};

/** The yaml library's error codes that a profile's author meets, as advice of ours. */
const YAML_HINTS: Partial<Record<string, MessageKey>> = {
  MISSING_CHAR: "term.yaml.MISSING_CHAR",
  BAD_INDENT: "term.yaml.BAD_INDENT",
  BLOCK_AS_IMPLICIT_KEY: "term.yaml.BLOCK_AS_IMPLICIT_KEY",
  MULTILINE_IMPLICIT_KEY: "term.yaml.MULTILINE_IMPLICIT_KEY",
  MULTIPLE_DOCS: "term.yaml.MULTIPLE_DOCS",
  BAD_SCALAR_START: "term.yaml.BAD_SCALAR_START",
  BAD_DQ_ESCAPE: "term.yaml.BAD_DQ_ESCAPE",
  UNEXPECTED_TOKEN: "term.yaml.UNEXPECTED_TOKEN",
  BLOCK_IN_FLOW: "term.yaml.BLOCK_IN_FLOW",
};

/**
 * Parses YAML, collecting every syntax problem with its position instead of stopping at the
 * first. Tags and alias floods are refused: a profile is plain data.
 */
export function parseYamlSource(
  file: string,
  source: string,
): { source?: YamlSource; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems: Problem[] = [];
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const push = (offset: number, key: MessageKey, params: MessageParams = {}) =>
    problems.push({ file, ...at(offset), key, params });

  for (const error of doc.errors) {
    const key = YAML_CODE_KEYS[error.code] ?? "profile.yamlSyntax";
    const duplicate = /Map keys must be unique/.test(error.message)
      ? "profile.yamlDuplicateKey"
      : key;
    // The yaml library's English ("Nested mappings are not allowed in compact mappings") is
    // replaced by what its code usually means in a profile, in the user's language.
    const hint: MessageKey = Object.hasOwn(YAML_HINTS, error.code)
      ? YAML_HINTS[error.code]!
      : "term.yaml.other";
    push(error.pos[0], duplicate, { hint, key: quotedKey(source, error.pos[0]) });
  }
  if (source.includes("\t") && !problems.some((p) => p.key === "profile.yamlTab")) {
    // A tab in indentation is sometimes reported by the YAML parser as a generic error further
    // down; point at the tab itself, which is what a user has to fix.
    const tabLine = source.split(/\r?\n/).findIndex((l) => /^\s*\t/.test(l));
    if (tabLine >= 0) problems.push({ file, line: tabLine + 1, column: 1, key: "profile.yamlTab" });
  }
  let aliases = 0;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) aliases += 1;
      if (isNode(node) && node.tag && node.range) {
        push(node.range[0], "profile.yamlTag", {
          tag: node.tag.replace("tag:yaml.org,2002:", "!!"),
        });
      }
    },
  });
  if (aliases > MAX_ALIASES)
    problems.push({ file, line: 1, column: 1, key: "profile.yamlAliases" });
  if (problems.length > 0) {
    return { problems: dedupe(problems).sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  }

  const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES });
  return {
    source: {
      file,
      value,
      locate: (path, which) => locate(doc, path, which ?? "value", at),
      raw: (path) => rawValue(doc, source, path),
    },
    problems,
  };
}

function quotedKey(source: string, offset: number): string {
  const rest = source.slice(offset).split(/[:\r\n]/)[0] ?? "";
  return rest.trim();
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.line}:${p.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function locate(
  doc: Document,
  path: readonly PropertyKey[],
  which: "value" | "key",
  at: (offset: number) => { line: number; column: number },
): { line: number; column: number } {
  let node: unknown = doc.contents;
  let best = { line: 1, column: 1 };
  if (isNode(node) && node.range) best = at(node.range[0]);
  for (const [index, segment] of path.entries()) {
    if (!isCollection(node)) break;
    const last = index === path.length - 1;
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((item: Pair) => keyOf(item) === String(segment));
      if (!pair) break;
      const keyNode = pair.key;
      if (last && which === "key" && isNode(keyNode) && keyNode.range) return at(keyNode.range[0]);
      next = pair.value;
      if (isNode(keyNode) && keyNode.range) best = at(keyNode.range[0]);
    } else {
      next = node.items[Number(segment)];
    }
    if (isNode(next) && (next as Node).range) best = at((next as Node).range![0]);
    node = next;
  }
  return best;
}

/** The source text of the scalar at `path` (`09000`, `2026.10`), before YAML made a number of it. */
function rawValue(doc: Document, text: string, path: readonly PropertyKey[]): string | undefined {
  let node: unknown = doc.contents;
  for (const segment of path) {
    if (isMap(node)) node = node.items.find((item: Pair) => keyOf(item) === String(segment))?.value;
    else if (isSeq(node)) node = node.items[Number(segment)];
    else return undefined;
  }
  if (!isScalar(node) || !node.range) return undefined;
  return text.slice(node.range[0], node.range[1]).trim();
}

function keyOf(pair: Pair): string {
  const key = pair.key;
  if (isNode(key) && "value" in key) return String((key as { value: unknown }).value);
  return String(key);
}

/**
 * The field at a 1-based line and column of a YAML text (`complaint.name`, `tools[1]`): the
 * innermost key whose key or value spans that place. For pointing at a character, not for
 * validation; undefined where no key is.
 */
export function yamlFieldAt(text: string, line: number, column: number): string | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const offset = (lineCounter.lineStarts[line - 1] ?? 0) + column - 1;
  const spans = (node: unknown) =>
    isNode(node) && !!node.range && node.range[0] <= offset && offset < node.range[1];
  let field: string | undefined;
  visit(doc, {
    Pair(_key, pair, path) {
      if (!spans(pair.key) && !spans(pair.value)) return undefined;
      const names: string[] = [];
      path.forEach((ancestor, index) => {
        if (isPair(ancestor)) names.push(keyOf(ancestor));
        if (isSeq(ancestor)) names.push(`[${ancestor.items.indexOf(path[index + 1] as never)}]`);
      });
      field = [...names, keyOf(pair)].join(".").replace(/\.\[/g, "[");
      return undefined;
    },
  });
  return field;
}
