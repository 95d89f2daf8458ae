import type { Document, Node, Pair, Scalar, YAMLMap } from "yaml";
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
import { findInvisible, SOFT_HYPHEN, withoutSoftHyphens } from "../files/invisible-characters.js";
import type { MessageKey } from "../i18n/messages-nl.js";
import { MAX_SHOWN_PER_KIND } from "./bound-problems.js";
import { preparedYamlValue } from "./prepared-yaml.js";

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
  text: string,
  { prepared: usePrepared = true }: { prepared?: boolean } = {},
): { source?: YamlSource; problems: Problem[]; warnings: Problem[] } {
  const prepared = usePrepared ? preparedYamlValue(text) : undefined;
  if (prepared)
    return { source: preparedSource(file, text, prepared.value), problems: [], warnings: [] };
  // A byte order mark is allowed at the very start only (decodeUtf8 drops it from a file).
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const lineCounter = new LineCounter();
  // The parser's own check of unique keys compares each key with every earlier one (20,000
  // keys took 14 s); duplicateKeys below does it with one set per map.
  const doc = parseDocument(source, { lineCounter, uniqueKeys: false, prettyErrors: false });
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
    Map(_key, map) {
      for (const keyNode of duplicateKeys(map)) {
        push(keyNode.range?.[0] ?? 0, "profile.yamlDuplicateKey", { key: String(keyNode.value) });
      }
    },
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
  problems.push(...invisibleProblems(file, source, at));
  if (problems.length > 0) {
    return {
      problems: dedupe(problems).sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
      warnings: [],
    };
  }

  const warnings = dropSoftHyphens(file, doc, source, at);
  const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES });
  const index = new WeakMap<YAMLMap, Map<string, Pair>>();
  return {
    source: {
      file,
      value,
      locate: (path, which) => locate(doc, path, which ?? "value", at, index),
      raw: (path) => rawValue(doc, source, path),
    },
    problems,
    warnings,
  };
}

/**
 * A text parsed when the package was built (prepared-yaml.ts): its value without parsing; a
 * place in it (for a problem a schema finds) parses the text then, as parseYamlSource would.
 */
function preparedSource(file: string, text: string, value: unknown): YamlSource {
  let parsed: YamlSource | undefined;
  const full = (): YamlSource => {
    if (!parsed) {
      const { source } = parseYamlSource(file, text, { prepared: false });
      if (!source) throw new Error(`${file}: a prepared YAML text no longer parses`);
      parsed = source;
    }
    return parsed;
  };
  return {
    file,
    value,
    locate: (path, which) => full().locate(path, which),
    raw: (path) => full().raw(path),
  };
}

type At = (offset: number) => { line: number; column: number };

/**
 * The keys of a map that an earlier key of it already has, as the parser's uniqueKeys option
 * compares them (scalars by value and type: `1` and `"1"` differ), in linear time.
 */
function duplicateKeys(map: YAMLMap): Scalar[] {
  const seen = new Set<string>();
  const duplicates: Scalar[] = [];
  for (const item of map.items as Pair[]) {
    const key = item.key;
    if (!isScalar(key)) continue;
    const id = `${typeof key.value}:${String(key.value)}`;
    if (seen.has(id)) duplicates.push(key);
    else seen.add(id);
  }
  return duplicates;
}

/**
 * Every invisible or direction character in the text, at its own line and column (keys and
 * comments too: a reader of the file cannot see them either). Only the first few get their
 * field: finding it parses the text again, and the rest are counted, not shown.
 */
function invisibleProblems(file: string, source: string, at: At): Problem[] {
  return findInvisible(source).map((found, i) => {
    const place = at(found.index);
    const field =
      i < MAX_SHOWN_PER_KIND ? yamlFieldAt(source, place.line, place.column) : undefined;
    return {
      file,
      ...place,
      ...(field === undefined ? {} : { field }),
      key: found.kind === "direction" ? "profile.directionChar" : "profile.invisibleChar",
      params: { name: found.name, code: found.code },
    };
  });
}

/**
 * Takes the soft hyphens (U+00AD) out of every text value, with a warning per value: an
 * invisible "you may break here" that would turn up as a stray hyphen, or hide a word from a
 * search, in some of the letters' formats. Keys and comments are left: a soft hyphen in a key
 * makes it an unknown field, which is reported anyway.
 */
function dropSoftHyphens(file: string, doc: Document, source: string, at: At): Problem[] {
  if (!source.includes(SOFT_HYPHEN)) return [];
  const warnings: Problem[] = [];
  visit(doc, {
    Scalar(key, node) {
      if (key === "key" || typeof node.value !== "string" || !node.value.includes(SOFT_HYPHEN))
        return;
      const start = node.range?.[0] ?? 0;
      const raw = source.indexOf(SOFT_HYPHEN, start);
      // Written as an escape ("\u00AD") there is no raw soft hyphen: point at the value.
      const offset = raw >= 0 && raw < (node.range?.[1] ?? start) ? raw : start;
      warnings.push({ file, ...at(offset), key: "profile.softHyphenRemoved" });
      node.value = withoutSoftHyphens(node.value);
    },
  });
  return warnings;
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
  at: At,
  pairIndex: WeakMap<YAMLMap, Map<string, Pair>>,
): { line: number; column: number } {
  let node: unknown = doc.contents;
  let best = { line: 1, column: 1 };
  if (isNode(node) && node.range) best = at(node.range[0]);
  for (const [index, segment] of path.entries()) {
    if (!isCollection(node)) break;
    const last = index === path.length - 1;
    let next: unknown;
    if (isMap(node)) {
      const pair = pairsOf(node, pairIndex).get(String(segment));
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

/**
 * A map's pairs by key, made once per map: looking each key up in the list made locating every
 * unknown key of a file quadratic (20,000 keys took 12 s).
 */
function pairsOf(map: YAMLMap, index: WeakMap<YAMLMap, Map<string, Pair>>): Map<string, Pair> {
  let pairs = index.get(map);
  if (!pairs) {
    pairs = new Map();
    // The first pair with a key wins, as the list's find() did (duplicates are refused anyway).
    for (const item of map.items as Pair[]) {
      const key = keyOf(item);
      if (!pairs.has(key)) pairs.set(key, item);
    }
    index.set(map, pairs);
  }
  return pairs;
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
