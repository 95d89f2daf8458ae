// npm run build:site (and the last step of npm run build): the static site in site/, the whole
// tool in the browser (issue 28). Classic scripts only, so it works from a static server and
// from a file:// folder alike:
//   index.html, style.css, icon.svg    the page (a strict CSP in a meta tag)
//   app.js                             the form, the core, the templates: all the form needs
//   render.js                          pdfkit, fontkit, docx, nodemailer, the zip: at the first download
//   check.js                           pdf.js and the checklists: loaded at the first check
//   fonts/<face>.js                    each font file as provideFontFile(name, base64)
//   lang-<code>.js                     a translation's folder (templates/lang/<code>/) and its
//                                      precompiled templates, loaded when the language is chosen
// The manifest's input hashes that do not depend on the profile are made here with the CLI's
// own code (dist/, so run after tsc), for the zip's manifest.json (src/site/site-manifest.ts).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { build, transform } from "esbuild";
import { fromDist, manifestHashes, root, splitTemplateTexts, templateTexts } from "./site-data.js";
import { classicSiteOptions, mailInTheBrowser } from "./site-options.js";

const outdir = path.join(root, "site");
const require = createRequire(import.meta.url);

/** Precompiled templates (`specs`, by key) as a module a part of the page imports. */
function specsModule(specs, name) {
  const entries = [...specs].map(([key, code]) => `${JSON.stringify(key)}: ${code}`);
  const file = path.join(root, ".site-build", name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `export default {\n${entries.join(",\n")}\n};\n`);
  return file;
}

/**
 * Every template the core compiles, precompiled (the CSP forbids eval: see
 * src/site/precompiled-templates.ts): the letters' and guides' for the page's script (app.js),
 * and the e-mail's, which render.js compiles with its own copy of Handlebars when it makes the
 * first e-mail, for render.js.
 */
async function precompiledTemplates() {
  const { precompileWhile } = await fromDist("site/precompiled-templates.js");
  const { memorySource } = await fromDist("core/files/memory-source.js");
  const { readPipelineInputs } = await fromDist("core/pipeline/pipeline-inputs.js");
  const { loadEmailTemplate } = await fromDist("core/email/email-template.js");
  const files = new Map(Object.entries(templateTexts()));
  let inputs;
  const letters = await precompileWhile(async () => {
    inputs = await readPipelineInputs(memorySource(files, "templates"), "all", { guides: true });
  });
  const email = await precompileWhile(() => loadEmailTemplate(inputs.templates));
  return {
    letters: specsModule(letters, "precompiled-templates.js"),
    email: specsModule(email, "precompiled-email-templates.js"),
    inputs,
  };
}

/**
 * Each translation as a script of its own (lang-<code>.js, beside app.js so the package's
 * `site/*.js` ships it): its folder's texts and its templates precompiled, given to the page
 * with clbProvideLanguage when the language is first chosen (src/site/language-loader.ts).
 * Six languages in app.js would make the form wait for about a megabyte no Dutch letter needs.
 * Returns what the page lists before any is loaded: the names, direction and review state.
 */
async function languageScripts(languages, facts) {
  const { precompileWhile } = await fromDist("site/precompiled-templates.js");
  const { memorySource } = await fromDist("core/files/memory-source.js");
  const { readLanguage } = await fromDist("core/pipeline/language-inputs.js");
  const { toolIds } = await fromDist("core/tools/tool-catalog.js");
  const listed = {};
  for (const [code, texts] of Object.entries(languages)) {
    const source = memorySource(new Map(Object.entries(texts)), "templates");
    let read;
    const specs = await precompileWhile(async () => {
      read = await readLanguage(source, code, toolIds(facts), facts);
    });
    const entries = [...specs].map(([key, spec]) => `${JSON.stringify(key)}: ${spec}`);
    const body = `globalThis.clbProvideLanguage(${JSON.stringify(code)}, ${JSON.stringify(texts)}, {\n${entries.join(",\n")}\n});\n`;
    const script = `lang-${code}.js`;
    writeFileSync(path.join(outdir, script), (await transform(body, { minify: true })).code);
    const { name, nativeName, nameNl, tag, dir, reviewed } = read.language;
    listed[code] = { script, name, nativeName, nameNl, tag, dir, reviewed };
  }
  return listed;
}

/**
 * Each font file as a script that gives it to the page, as `clb-consent web` makes it for the
 * installed package, which does not ship these (src/node/web/font-scripts.ts).
 */
async function fontScripts() {
  const { FONT_FACES, FALLBACK_FACES } = await fromDist("core/render/pdf/pdf-fonts.js");
  const { fontScript } = await fromDist("node/web/font-scripts.js");
  mkdirSync(path.join(outdir, "fonts"), { recursive: true });
  const scripts = {};
  for (const [face, name] of Object.entries({ ...FONT_FACES, ...FALLBACK_FACES })) {
    const script = `fonts/${face}.js`;
    writeFileSync(path.join(outdir, script), fontScript(name, readFileSync(require.resolve(name))));
    scripts[name] = script;
  }
  return scripts;
}

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const texts = splitTemplateTexts(templateTexts());
const precompiled = await precompiledTemplates();
const data = {
  templates: texts.dutch,
  fonts: await fontScripts(),
  manifest: await manifestHashes(),
  languages: await languageScripts(texts.languages, precompiled.inputs.tools),
};
const define = { __CLB_SITE_DATA__: JSON.stringify(data) };
const precompiledPlugin = {
  name: "precompiled-templates",
  setup(b) {
    b.onResolve({ filter: /^clb:precompiled-templates$/ }, () => ({ path: precompiled.letters }));
    b.onResolve({ filter: /^clb:precompiled-email-templates$/ }, () => ({
      path: precompiled.email,
    }));
  },
};
const part = (entry, name, extra = {}) => {
  const options = classicSiteOptions({ [name]: path.join(root, entry) }, outdir);
  return build({
    ...options,
    ...extra,
    define: { ...options.define, ...define },
    plugins: [...options.plugins, ...(extra.plugins ?? [])],
  });
};
await Promise.all([
  part("src/site/page/app.js", "app", { plugins: [precompiledPlugin] }),
  // nodemailer, as the command line runs it, for the e-mail draft: see mailInTheBrowser.
  part("src/site/render-part.ts", "render", {
    ...mailInTheBrowser(),
    plugins: [...mailInTheBrowser().plugins, precompiledPlugin],
  }),
  part("src/site/check-part.ts", "check"),
]);
for (const file of ["style.css", "icon.svg", "index.html"]) {
  copyFileSync(path.join(root, "src/site/page", file), path.join(outdir, file));
}
