import type { Problem } from "../errors/user-error.js";
import { normalizeText } from "../fields/normalize-text.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { Checklist, Clause, ClausePart, Mistake } from "./checklist-schema.js";
import { findValue } from "./find-value.js";

export type ClauseStatus = "ok" | "missing" | "scattered";

export interface ClauseResult {
  readonly id: string;
  readonly label: string;
  readonly severity: Clause["severity"];
  readonly status: ClauseStatus;
  /** For a missing clause: the parts that were not found, in words. */
  readonly missing: readonly string[];
}

/** What value parts resolve against: the profile (`centre`) and the tool's facts (`tool`). */
export interface CheckValues {
  readonly centre?: object;
  readonly tool?: object;
}

function lookup(values: CheckValues, path: string): unknown {
  let current: unknown = values;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

// Clause patterns come from checklist.yaml and are the same for every letter: compiled once.
const compiled = new Map<string, RegExp>();

function pattern(source: string): RegExp {
  let regex = compiled.get(source);
  if (!regex) {
    regex = new RegExp(source, "gu");
    compiled.set(source, regex);
  }
  return regex;
}

function positions(text: string, patterns: readonly string[]): number[] {
  const found: number[] = [];
  for (const source of patterns) {
    // exec with lastIndex, not matchAll: matchAll copies the pattern on every call.
    const regex = pattern(source);
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      found.push(match.index);
      if (match[0] === "") regex.lastIndex += (text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1;
    }
  }
  return found;
}

function describePart(part: ClausePart, values: CheckValues): string {
  if (Array.isArray(part)) {
    return (
      part
        .slice(0, 3)
        // Lookarounds ((?<!\p{L}) and the like) say where a word may stand, not what it says.
        .map(
          (p) =>
            `“${p
              .replace(/\(\?<?[=!](?:\\.|[^)])*\)/g, "")
              .replace(/\\b|\\s\??|[\\^$()?]/g, "")
              .replace(/\|/g, "/")}”`,
        )
        .join(" / ")
    );
  }
  const value = lookup(values, part.value);
  return value === undefined ? part.value : `${part.value} (“${String(value)}”)`;
}

/** Where a part occurs: any of its patterns, or the profile value it names. */
function partPositions(text: string, part: ClausePart, values: CheckValues): number[] {
  if (Array.isArray(part)) return positions(text, part);
  const value = lookup(values, part.value);
  if (typeof value === "string" || typeof value === "number") return findValue(text, String(value));
  return positions(text, part.otherwise ?? []);
}

/** True when some stretch of at most `near` characters holds a match of every part. */
function together(found: readonly number[][], near: number): boolean {
  const events = found
    .flatMap((list, part) => list.map((at) => ({ at, part })))
    .sort((a, b) => a.at - b.at);
  const counts = new Array<number>(found.length).fill(0);
  let covered = 0;
  let left = 0;
  for (const event of events) {
    counts[event.part] = counts[event.part]! + 1;
    if (counts[event.part] === 1) covered += 1;
    while (covered === found.length) {
      const first = events[left]!;
      if (event.at - first.at <= near) return true;
      counts[first.part] = counts[first.part]! - 1;
      if (counts[first.part] === 0) covered -= 1;
      left += 1;
    }
  }
  return false;
}

/**
 * Whether a clause applies to this tool, and (when the profile is known) to this centre. A
 * `when` on a tool fact (`tool.livestream`) is decided by tools.yaml (`unknown`, where no page says
 * it cannot, counts as possible, so the letter warns rather than stays silent); one on a profile field only
 * when the profile is known, since a loose letter is checked without one.
 */
export function applies(clause: Clause, tool: ToolId, values: CheckValues): boolean {
  if (clause.tools && !clause.tools.includes(tool)) return false;
  // Without the tool's facts at all, a tool condition counts as possibly true, as `unknown` does.
  const known = clause.when?.startsWith("tool.")
    ? values.tool !== undefined
    : values.centre !== undefined;
  if (clause.when && known) {
    const value = lookup(values, clause.when);
    return value !== undefined && value !== null && value !== "" && value !== false;
  }
  return true;
}

/** Checks a letter's plain text clause by clause. */
export function checkClauses(
  checklist: Checklist,
  text: string,
  tool: ToolId,
  values: CheckValues,
): ClauseResult[] {
  const normalized = normalizeText(text);
  return checklist.clauses
    .filter((clause) => applies(clause, tool, values))
    .map((clause) => {
      const found = clause.all.map((part) => partPositions(normalized, part, values));
      const missing = clause.all
        .filter((_, index) => found[index]!.length === 0)
        .map((part) => describePart(part, values));
      const base = { id: clause.id, label: clause.label, severity: clause.severity };
      if (missing.length > 0) return { ...base, status: "missing", missing };
      if (clause.near !== undefined && !together(found, clause.near)) {
        return { ...base, status: "scattered", missing: [] };
      }
      return { ...base, status: "ok", missing: [] };
    });
}

/**
 * The checklist's mistakes that a letter's text makes (a wrong name for the authority...), each
 * with the words found, as they stand in the normalized text.
 */
export function findMistakes(
  checklist: Checklist,
  text: string,
): (Mistake & { readonly found: string })[] {
  const normalized = normalizeText(text);
  const out: (Mistake & { readonly found: string })[] = [];
  for (const mistake of checklist.mistakes) {
    for (const source of mistake.patterns) {
      const regex = pattern(source);
      regex.lastIndex = 0;
      const match = regex.exec(normalized);
      if (match) {
        out.push({ ...mistake, found: match[0] });
        break;
      }
    }
  }
  return out;
}

const PLACEHOLDERS: readonly { pattern: RegExp; label: string }[] = [
  { pattern: /\[link naar/i, label: "[link naar" },
  { pattern: /invoegen/i, label: "invoegen" },
  { pattern: /\bTODO\b/, label: "TODO" },
  { pattern: /\bXXX\b/, label: "XXX" },
  { pattern: /\{\{/, label: "{{" },
  { pattern: /\}\}/, label: "}}" },
  { pattern: /\[\s*\]\(\s*<?\s*>?\s*\)/, label: "[]()" },
];

/** Leftovers of an unfinished letter: "[link naar ...", "invoegen", TODO, XXX, "{{", empty links. */
export function findPlaceholders(text: string): string[] {
  return PLACEHOLDERS.filter(({ pattern }) => pattern.test(text)).map(({ label }) => label);
}

/**
 * The required clauses a document fails, as problems at its template (for `generate`, `batch`
 * and the page): what is missing, or, when every part is there but too far apart, that they must
 * stand together (not "missing: —").
 */
export function requiredClauseProblems(results: readonly ClauseResult[], file: string): Problem[] {
  return results
    .filter((c) => c.severity === "required" && c.status !== "ok")
    .map(
      (c): Problem =>
        c.status === "scattered"
          ? { file, field: c.id, key: "batch.clauseScattered", params: { label: c.label } }
          : {
              file,
              field: c.id,
              key: "batch.clauseMissing",
              params: { label: c.label, missing: c.missing.join("; ") },
            },
    );
}
