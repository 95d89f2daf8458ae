// dependency-cruiser's rules for src/ (`npm run deps:check`, run by .ci/run). The folders of
// src/ form layers: each imports only folders in layers below it, so no folder imports a folder
// that imports it back. docs/architecture.md draws the same picture. The core folders, which run
// anywhere (Node, a worker thread, a browser), import no Node.js module and no folder of the
// host around them.

const { builtinModules } = require("node:module");

/** From the top (entry points) down; a folder may import folders of later layers only. */
const LAYERS = [
  ["cli"],
  // The browser's page (issue 28): the same core as the command line, with the browser twins.
  ["site", "web", "proof"],
  ["batch"],
  ["validate"],
  // The host's side of the pipeline: reading inputs from disk, writing the files.
  ["io"],
  // The checklist check of a letter or guide file (an upload on the page, a file to validate).
  ["pipeline", "file-check"],
  ["guide"],
  ["letter"],
  ["email"],
  ["checklist", "render", "template"],
  ["document", "extract"],
  ["profile"],
  // The tool list of tools.yaml: the profile schema takes it at load time.
  ["tools"],
  // zod field types shared by the profile, tools and checklist schemas, and the text as the
  // checklist compares it (normalize-text.ts), so a field refuses a value the check cannot find.
  ["fields"],
  ["output"],
  ["yaml"],
  ["files"],
  ["errors"],
  ["i18n"],
];

// A folder lives in src/core/ or src/node/ (the layers by where they run), or is src/site/.
const folder = (names) => `^src/((core|node)/)?(${names.join("|")})/`;

/**
 * The folders of the core: from the text and bytes of a profile, templates, tools.yaml and
 * checklist.yaml to checked documents (docs/architecture.md). render/ and extract/ join them
 * once they read no files either (issue 28).
 */
const CORE = [
  "pipeline",
  "file-check",
  "render",
  "extract",
  "guide",
  "letter",
  "email",
  "checklist",
  "template",
  "document",
  "profile",
  "tools",
  "fields",
  "yaml",
  "files",
  "errors",
  "i18n",
];

/** The host around the core: the commands, files on disk, worker threads, the web server. */
const HOST = ["cli", "web", "proof", "batch", "validate", "io", "output"];

/** For each layer: its folders may not import a folder of the same or a higher layer. */
const layerRules = LAYERS.flatMap((layer, index) => {
  const above = LAYERS.slice(0, index + 1).flat();
  return layer.map((name) => {
    const forbidden = above.filter((other) => other !== name);
    return {
      name: `layer-${name}`,
      comment: `src/${name}/ may import only folders of the layers below it (see docs/architecture.md).`,
      severity: "error",
      from: { path: folder([name]) },
      to: { path: forbidden.length > 0 ? folder(forbidden) : "^$" },
    };
  });
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-folder-cycles",
      comment: "A folder of src/ imports a folder that imports it back (directly or around).",
      severity: "error",
      scope: "folder",
      from: { path: "^src/((core|node)/)?[^/]+$" },
      to: { path: "^src/((core|node)/)?[^/]+$", circular: true },
    },
    {
      name: "no-unlisted-folder",
      comment: "Every folder of src/ has a place in LAYERS (.dependency-cruiser.cjs).",
      severity: "error",
      from: { path: "^src/", pathNot: `${folder(LAYERS.flat())}|^src/[^/]+$` },
      to: {},
    },
    {
      name: "core-no-node",
      comment:
        "A core folder imports a Node.js module: it must run in a browser too (issue 28). Take the input through files/input-source.ts, or do it in src/node/io/.",
      severity: "error",
      // A *.node.ts file is Node's side of a module with a *.browser.ts twin (see below).
      from: { path: folder(CORE), pathNot: "[.]node[.]ts$" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "core-no-host",
      comment:
        "A core folder imports a module of the host (src/paths.ts, io/, output/, the commands): the host calls the core, never the other way.",
      severity: "error",
      from: { path: folder(CORE) },
      to: { path: `${folder(HOST)}|^src/paths[.]ts$` },
    },
    ...layerRules,
    {
      name: "browser-twins-only-for-the-site",
      comment: "A *.browser.ts twin is the site's: the core imports the *.node.ts file.",
      severity: "error",
      from: { pathNot: "^src/site/|\\.browser\\.ts$" },
      to: { path: "\\.browser\\.ts$" },
    },
  ],
  options: {
    // src/, and Node's own modules (with or without `node:`) for the core-no-node rule.
    includeOnly: `^(src/|node:|(${builtinModules.join("|")})$)`,
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
