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
