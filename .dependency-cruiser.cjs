// dependency-cruiser's rules for src/ (`npm run deps:check`, run by .ci/run). The folders of
// src/ form layers: each imports only folders in layers below it, so no folder imports a folder
// that imports it back. docs/architecture.md draws the same picture.

/** From the top (entry points) down; a folder may import folders of later layers only. */
const LAYERS = [
  ["cli"],
  ["web", "proof"],
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
  ],
  options: {
    includeOnly: "^src/",
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
