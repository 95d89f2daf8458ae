import { memorySource } from "../core/files/memory-source.js";
import { type LanguageInputs, readLanguage } from "../core/pipeline/language-inputs.js";
import { toolIds } from "../core/tools/tool-catalog.js";
import type { ToolsFile } from "../core/tools/tool-schema.js";
import { addPrecompiledTemplates } from "./precompiled-templates.js";
import { siteData } from "./site-data.js";

/*
 * A translation's folder (templates/lang/<code>/) reaches the page only when the language is
 * first chosen: lang-<code>.js (scripts/build-site.js) calls clbProvideLanguage with the
 * folder's texts and its templates precompiled (the CSP forbids compiling). The page then reads
 * the language as `generate` reads it (readLanguage), from those texts.
 */

type Specs = Parameters<typeof addPrecompiledTemplates>[0];
type Provided = { readonly texts: Readonly<Record<string, string>>; readonly specs: Specs };

const provided = new Map<string, Provided>();
Object.assign(globalThis, {
  clbProvideLanguage(code: string, texts: Provided["texts"], specs: Specs) {
    provided.set(code, { texts, specs });
  },
});

const read = new Map<string, Promise<LanguageInputs>>();

/**
 * A translation's inputs, its script loaded with `load` (a <script src>) the first time; every
 * tool of tools.yaml, so a tool ticked later needs no second reading.
 */
export function loadLanguage(
  code: string,
  facts: ToolsFile,
  load: (script: string) => Promise<void>,
): Promise<LanguageInputs> {
  let inputs = read.get(code);
  if (!inputs) {
    inputs = (async () => {
      const language = siteData().languages[code];
      if (!language) throw new Error(`the site has no translation ${code}`);
      await load(language.script);
      const given = provided.get(code);
      if (!given) throw new Error(`${language.script} did not give its language`);
      addPrecompiledTemplates(given.specs);
      const source = memorySource(new Map(Object.entries(given.texts)), "templates");
      return readLanguage(source, code, toolIds(facts), facts);
    })();
    // A script that failed to load is tried again at the next choice.
    inputs.catch(() => read.delete(code));
    read.set(code, inputs);
  }
  return inputs;
}
