/**
 * pdfkit methods replaced by faster ones that must write the same bytes. Each replacement is
 * recorded with the method it replaces, so a test can make letters both ways and compare.
 */
interface Replacement {
  readonly target: Record<PropertyKey, unknown>;
  readonly key: PropertyKey;
  readonly original: unknown;
  readonly faster: unknown;
}

const replacements: Replacement[] = [];

/** Replaces target[key] by what `faster` makes of the original method. */
export function replaceMethod<T extends object, K extends keyof T>(
  target: T,
  key: K,
  faster: (original: T[K]) => T[K],
): void {
  const original = target[key];
  const replacement = faster(original);
  target[key] = replacement;
  replacements.push({
    target: target as Record<PropertyKey, unknown>,
    key,
    original,
    faster: replacement,
  });
}

/** Switches every replacement made so far off (pdfkit's own methods) or on again. For tests. */
export function useFastPaths(on: boolean): void {
  for (const { target, key, original, faster } of replacements) {
    target[key] = on ? faster : original;
  }
}

const replacedOnClasses = new WeakMap<object, Set<PropertyKey>>();

/**
 * Replaces a library's method on its class, once (a second call for the same class and key does
 * nothing), for behaviour every letter needs: unlike replaceMethod, it stays when the fast paths
 * are switched off. What one letter needs travels on its own objects (a symbol property the new
 * method reads from `this`), never as a function made for that letter and set on its objects:
 * once pdfkit or fflate had called such a function, V8 kept that letter's objects alive through
 * the young-generation collections until the next full one. Measured 2026-11-30 with
 * --trace-gc-nvp over 400 PDF letters: 56 MB moved to the old generation, 26 MB with the methods
 * replaced on the classes; in a batch, fewer full collections, each of which also threw away
 * compiled code. tests/unit/pdf-per-letter-state.test.ts checks that no such function is left.
 */
export function replaceOnClass<T extends object, K extends keyof T>(
  prototype: T,
  key: K,
  replacement: (original: T[K]) => T[K],
): void {
  let keys = replacedOnClasses.get(prototype);
  if (!keys) {
    keys = new Set();
    replacedOnClasses.set(prototype, keys);
  }
  if (keys.has(key)) return;
  keys.add(key);
  prototype[key] = replacement(prototype[key]);
}
