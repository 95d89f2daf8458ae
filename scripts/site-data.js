// The data the site's build bundles with the page (src/site/site-data.ts): the templates
// folder as text, and the manifest's hashes that do not depend on the profile, made with the
// CLI's own code from dist/ (so after tsc). tests/unit/site-manifest.test.ts uses it too.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const root = fileURLToPath(new URL("../", import.meta.url));
const templatesDir = path.join(root, "templates");
export const fromDist = (file) => import(pathToFileURL(path.join(root, "dist", file)).href);

/**
 * Every file of the templates folder, by its name in it, as text.
 * @returns {Record<string, string>}
 */
export function templateTexts() {
  /** @type {Record<string, string>} */
  const files = {};
  for (const entry of readdirSync(templatesDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const name = path.relative(templatesDir, file).split(path.sep).join("/");
    files[name] = readFileSync(file, "utf8");
  }
  return files;
}

/** The templates folder's language codes: the folders of lang/ (core/pipeline/language-inputs.ts). */
export function languageCodesOf(texts) {
  return [
    ...new Set(
      Object.keys(texts).flatMap((name) => name.match(/^lang\/([a-z]{2,3})\//)?.[1] ?? []),
    ),
  ].sort();
}

/** The texts the page's own script holds (the Dutch), and one language folder's, apart. */
export function splitTemplateTexts(texts) {
  const dutch = {};
  const languages = {};
  for (const [name, text] of Object.entries(texts)) {
    const code = name.match(/^lang\/([a-z]{2,3})\//)?.[1];
    if (!code) {
      dutch[name] = text;
      continue;
    }
    languages[code] ??= {};
    languages[code][name] = text;
  }
  return { dutch, languages };
}

/**
 * Per translation, what its letters' manifest entries take from the templates, as `generate`
 * hashes them (batch/plan-batch.ts languageHashes, planCentre): its template per tool, the
 * e-mail's, its tools.yaml entries and its checklist; and its language.yaml's names and state.
 */
async function languageHashesOf(inputs, tools) {
  const { emailTemplateHash, languageHashes } = await fromDist("node/batch/plan-batch.js");
  const { toolEntryHash } = await fromDist("node/batch/tool-hash.js");
  const out = {};
  for (const [code, language] of inputs.languages ?? []) {
    const hashes = await languageHashes(language, tools);
    const letters = Object.fromEntries(tools.map((t) => [t, hashes.templateHashes.get(t)]));
    const emails = {};
    for (const tool of tools)
      emails[tool] = await emailTemplateHash(inputs.templates, letters[tool]);
    out[code] = {
      letters,
      emails,
      tools: Object.fromEntries(tools.map((t) => [t, toolEntryHash(hashes.tools, t)])),
      checklist: hashes.checklistHash,
    };
  }
  return out;
}

/** What the page's manifest takes from the templates, as `generate` hashes it. */
export async function manifestHashes() {
  const { loadPipelineInputs } = await fromDist("node/io/index.js");
  const { emailTemplateHash, templateHash } = await fromDist("node/batch/plan-batch.js");
  const { guideChecklistHash, guideHashes } = await fromDist("node/batch/guide-hashes.js");
  const { toolEntryHash } = await fromDist("node/batch/tool-hash.js");
  const { fileSha256 } = await fromDist("node/batch/hash.js");
  const { generatorIdentity, installedVersions } = await fromDist(
    "node/batch/generator-version.js",
  );
  const languages = languageCodesOf(templateTexts());
  const inputs = await loadPipelineInputs("all", { guides: true, languages });
  const tools = Object.keys(inputs.tools.tools);
  const letters = {};
  const emails = {};
  for (const tool of tools) {
    letters[tool] = await templateHash(inputs.templates, tool);
    emails[tool] = await emailTemplateHash(inputs.templates, letters[tool]);
  }
  const guides = Object.fromEntries(await guideHashes(templatesDir, tools, inputs.guides));
  const own = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  // The bundled CLI's identity (src/node/batch/generator-version.ts): the same libraries, Node's zlib
  // of this build, and the bundle's fingerprint, so a page's manifest names what made it.
  const buildId = readFileSync(path.join(root, "bundle", "build-id.txt"), "utf8").trim();
  return {
    generator: generatorIdentity(
      `clb-consent ${own.version}`,
      installedVersions(root),
      process.versions.zlib ?? "unknown",
      buildId,
    ),
    // Per tool, its own entry of tools.yaml; a letter's checklist and a guide's.
    tools: Object.fromEntries(tools.map((tool) => [tool, toolEntryHash(inputs.tools, tool)])),
    checklists: {
      letter: fileSha256(readFileSync(path.join(templatesDir, "checklist.yaml"))),
      guide: await guideChecklistHash(templatesDir),
    },
    letters,
    emails,
    guides,
    languages: await languageHashesOf(inputs, tools),
  };
}
