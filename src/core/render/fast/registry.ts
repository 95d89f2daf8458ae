/**
 * Every replaced library internal, recorded where it is made, so that one switch turns the fast
 * paths off, the tests can check that each replaced method still exists and is still called,
 * and docs/fast-paths.md has one list to describe.
 *
 * Two kinds:
 * - a fast path does what the library does, faster, and must write the same bytes; the switch
 *   turns it off, leaving the library's own method;
 * - a fix changes what the library does on purpose (a bug, a compression level, right-to-left
 *   text); it is part of what a letter is, so it stays on.
 *
 * `CLB_FAST_PATHS=off` in the environment starts a process with every fast path off, including
 * the modules the libraries load on start (see replaceModule): the libraries' own code only.
 */

export type Library = "pdfkit" | "fontkit" | "png-js" | "tiny-inflate" | "brotli" | "docx" | "zlib";
export type Kind = "fast path" | "fix";

export interface Replacement {
  readonly library: Library;
  readonly kind: Kind;
  /** "EmbeddedFont.layout": the class (or module) and the method, for messages and the docs. */
  readonly name: string;
  readonly target: object;
  readonly key: PropertyKey;
  readonly original: unknown;
  readonly replacement: unknown;
  /** Whether the original was the target's own property (else it came from a prototype). */
  readonly own: boolean;
}

/** A module a library loads on start, given a stand-in (see replaceModule). */
export interface ModuleStandIn {
  readonly library: Library;
  /** The library that requires the module, and the id it requires it by. */
  readonly requiredBy: string;
  readonly id: string;
  readonly file: string;
  readonly why: string;
  /** Given to the library only while it loads (a built-in module: see whileLoading). */
  readonly whileLoading?: true;
}

const replacements: Replacement[] = [];
const modules: ModuleStandIn[] = [];

/** False in a process started with CLB_FAST_PATHS=off. */
export const FAST_PATHS_AT_START = globalThis.process?.env?.CLB_FAST_PATHS !== "off";

let on = FAST_PATHS_AT_START;

export function fastPathsOn(): boolean {
  return on;
}

function replace<T extends object, K extends keyof T>(
  library: Library,
  kind: Kind,
  name: string,
  target: T,
  key: K,
  make: (original: T[K]) => T[K],
): void {
  const original = target[key];
  if (typeof original !== "function") {
    // Fails loudly on load: a renamed method would otherwise leave its replacement unused.
    throw new Error(`${library}: ${name} is no longer a function; its ${kind} cannot be made`);
  }
  const replacement = make(original);
  replacements.push({
    library,
    kind,
    name,
    target,
    key,
    original,
    replacement,
    own: Object.hasOwn(target, key),
  });
  if (kind === "fix" || on) target[key] = replacement;
}

/** A library method replaced by one that does the same faster (the same bytes). */
export function fastPath<T extends object, K extends keyof T>(
  library: Library,
  name: string,
  target: T,
  key: K,
  make: (original: T[K]) => T[K],
): void {
  replace(library, "fast path", name, target, key, make);
}

/**
 * A library method replaced by one that behaves differently on purpose. Replaced on the class,
 * never per letter: a function set on one letter's objects and called by the library kept that
 * letter alive until the next full garbage collection (see tests/unit/pdf-per-letter-state).
 */
export function fix<T extends object, K extends keyof T>(
  library: Library,
  name: string,
  target: T,
  key: K,
  make: (original: T[K]) => T[K],
): void {
  replace(library, "fix", name, target, key, make);
}

/** Records a module stand-in made by the library's module (see fast/pdfkit.ts, fast/fontkit.ts). */
export function recordModule(standIn: ModuleStandIn): void {
  modules.push(standIn);
}

/**
 * Switches every fast path on or off (the fixes stay). The modules replaced on start stay as
 * the process began; their stand-ins that run per letter (png-js) follow the switch.
 */
export function useFastPaths(wanted: boolean): void {
  on = wanted;
  for (const r of replacements) {
    if (r.kind !== "fast path") continue;
    const target = r.target as Record<PropertyKey, unknown>;
    if (wanted) target[r.key] = r.replacement;
    else if (r.own) target[r.key] = r.original;
    else delete target[r.key];
  }
}

export function allReplacements(): readonly Replacement[] {
  return replacements;
}

export function allModuleStandIns(): readonly ModuleStandIn[] {
  return modules;
}

/**
 * For tests: wraps each replacement that is installed so that calls are counted by name, and
 * gives the counts and the function that undoes the wrapping.
 */
export function countCalls(): { counts: Map<string, number>; stop: () => void } {
  const counts = new Map<string, number>();
  const undo: (() => void)[] = [];
  for (const r of replacements) {
    const target = r.target as Record<PropertyKey, unknown>;
    const installed = target[r.key];
    if (installed !== r.replacement) continue;
    const label = `${r.library} ${r.name}`;
    counts.set(label, 0);
    target[r.key] = function (this: unknown, ...args: unknown[]) {
      counts.set(label, (counts.get(label) ?? 0) + 1);
      return (installed as (...a: unknown[]) => unknown).apply(this, args);
    };
    undo.push(() => {
      target[r.key] = installed;
    });
  }
  const stop = () => {
    for (const restore of undo.reverse()) restore();
  };
  return { counts, stop };
}
