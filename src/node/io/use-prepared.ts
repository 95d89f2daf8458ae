import { usePreparedYamlBesideCode } from "./prepared-yaml-file.js";

/**
 * What the build prepared beside the bundle (the shipped YAML parsed, the shipped templates
 * precompiled), used from now on where it matches. Handlebars is loaded only here, for a
 * command: loading it for `--help` made that 80 ms slower.
 */
export async function usePreparedBesideCode(): Promise<void> {
  usePreparedYamlBesideCode();
  const { usePreparedTemplatesBesideCode } = await import("./prepared-templates.js");
  usePreparedTemplatesBesideCode();
}
