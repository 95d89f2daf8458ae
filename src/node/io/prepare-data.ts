import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { loadEmailTemplate } from "../../core/email/email-template.js";
import { languageCodes } from "../../core/pipeline/language-inputs.js";
import { readPipelineInputs } from "../../core/pipeline/pipeline-inputs.js";
import { parseYamlSource } from "../../core/yaml/yaml-source.js";
import { diskSource } from "./disk-source.js";
import { precompileWhile } from "./prepared-templates.js";
import type { PreparedYamlFile } from "./prepared-yaml-file.js";

export { PREPARED_TEMPLATES_DIR } from "./prepared-templates.js";
export { PREPARED_YAML_FILE } from "./prepared-yaml-file.js";

/**
 * For the build (scripts/bundle.js): every template of the shipped templates folder, Dutch and
 * each language folder's, with the guides and the e-mail, precompiled with the options the
 * core compiles them with (prepared-templates.ts).
 */
export function prepareTemplates(templatesDir: string) {
  return precompileWhile(async () => {
    const source = diskSource(templatesDir);
    const languages = await languageCodes(source);
    const inputs = await readPipelineInputs(source, "all", { guides: true, languages });
    await loadEmailTemplate(inputs.templates);
    for (const translated of inputs.languages?.values() ?? []) {
      // A language folder without its own e-mail template: nothing to precompile there.
      await loadEmailTemplate(translated.templates).catch(() => undefined);
    }
  });
}

/**
 * For the build: every .yaml file under `templatesDir` that parses with no problem and no
 * warning, and whose value JSON gives back exactly (no -0, no Infinity, no special key), as the
 * file's content. Anything else is left out and parsed at run time.
 */
export function prepareYaml(templatesDir: string): PreparedYamlFile {
  const texts: [string, string][] = [];
  const files = readdirSync(templatesDir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".yaml"))
    .sort();
  for (const name of files) {
    const file = path.join(templatesDir, name);
    const text = readFileSync(file, "utf8");
    const { source, problems, warnings } = parseYamlSource(file, text, { prepared: false });
    if (!source || problems.length > 0 || warnings.length > 0) continue;
    const json = JSON.stringify(source.value);
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), source.value)) continue;
    texts.push([text, json]);
  }
  return { texts };
}
