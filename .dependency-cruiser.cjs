// dependency-cruiser's rules for src/ (`npm run deps:check`, run by .ci/run). The folders of
// src/ form layers: each imports only folders in layers below it, so no folder imports a folder
// that imports it back. docs/architecture.md draws the same picture.

/** From the top (entry points) down; a folder may import folders of later layers only. */
const LAYERS = [
  ["cli"],
  // The browser's page (issue 28): the same core as the command line, with the browser twins.
  ["site", "web", "proof"],
  ["batch"],
  ["validate"],
  ["pipeline"],
  ["guide"],
  ["letter"],
  ["email"],
  ["checklist", "render", "template"],
  ["document", "extract"],
  ["profile"],
  // The tool list of tools.yaml: the profile schema takes it at load time.
  ["tools"],
  // zod field types shared by the profile, tools and checklist schemas.
  ["fields"],
  ["output"],
  ["yaml"],
  ["files"],
  ["errors"],
  ["i18n"],
];

const folder = (names) => `^src/(${names.join("|")})/`;

/** For each layer: its folders may not import a folder of the same or a higher layer. */
const layerRules = LAYERS.flatMap((layer, index) => {
  const above = LAYERS.slice(0, index + 1).flat();
  return layer.map((name) => {
    const forbidden = above.filter((other) => other !== name);
    return {
      name: `layer-${name}`,
      comment: `src/${name}/ may import only folders of the layers below it (see docs/architecture.md).`,
      severity: "error",
      from: { path: `^src/${name}/` },
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
      from: { path: "^src/[^/]+$" },
      to: { path: "^src/[^/]+$", circular: true },
    },
    {
      name: "no-unlisted-folder",
      comment: "Every folder of src/ has a place in LAYERS (.dependency-cruiser.cjs).",
      severity: "error",
      from: { path: "^src/", pathNot: `${folder(LAYERS.flat())}|^src/[^/]+$` },
      to: {},
    },
    ...layerRules,
    {
      name: "render-without-node",
      comment:
        "src/render/ runs in Node and in the browser: Node's modules only in *.node.ts files, " +
        "each with a *.browser.ts twin that the site's build takes instead (docs/architecture.md).",
      severity: "error",
      from: { path: "^src/render/", pathNot: "\\.node\\.ts$" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "browser-twins-only-for-the-site",
      comment: "A *.browser.ts twin is the site's: the core imports the *.node.ts file.",
      severity: "error",
      from: { pathNot: "^src/site/|\\.browser\\.ts$" },
      to: { path: "\\.browser\\.ts$" },
    },
  ],
  options: {
    // src/ and Node's own modules (the render-without-node rule needs to see those); the
    // libraries in node_modules are left out.
    exclude: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
