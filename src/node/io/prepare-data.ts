import { loadEmailTemplate } from "../../core/email/email-template.js";
import { languageCodes } from "../../core/pipeline/language-inputs.js";
import { readPipelineInputs } from "../../core/pipeline/pipeline-inputs.js";
import { diskSource } from "./disk-source.js";
import { precompileWhile } from "./prepared-templates.js";

export { PREPARED_TEMPLATES_DIR } from "./prepared-templates.js";
export { PREPARED_YAML_FILE, prepareYaml } from "./prepared-yaml-file.js";

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
