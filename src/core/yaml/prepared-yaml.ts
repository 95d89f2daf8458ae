/**
 * YAML texts parsed when the package was built, by their whole text (see
 * src/node/io/prepared-yaml.node.ts): parsing the shipped tools.yaml, checklists and language
 * files with the yaml library was a tenth of a one-letter `generate`'s CPU (issue 30). Only a
 * text that parsed with no problem and no warning is prepared, and only by its exact text: a
 * file the user edited is a different text and is parsed as before.
 */
export type PreparedYamlLookup = (text: string) => string | undefined;

let lookup: PreparedYamlLookup | undefined;

/** From now on, parseYamlSource asks `prepared` for a text's value (JSON) before parsing it. */
export function usePreparedYaml(prepared: PreparedYamlLookup | undefined): void {
  lookup = prepared;
}

/** The prepared value of `text`, a fresh copy each time (callers may change what they get). */
export function preparedYamlValue(text: string): { value: unknown } | undefined {
  const json = lookup?.(text);
  if (json === undefined) return undefined;
  try {
    return { value: JSON.parse(json) };
  } catch {
    return undefined;
  }
}
