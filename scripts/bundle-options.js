// How the CLI is bundled (scripts/bundle.js), shared with the tests, which bundle the batch's
// worker thread from the TypeScript sources the same way (tests/setup/build-worker.ts).

/**
 * esbuild's options for a bundle of `entryPoints` in `outdir`. The folder must sit directly in
 * the package's root: the code finds the package's files one folder up from itself (src/paths.ts).
 * @param {Record<string, string>} entryPoints
 * @param {string} outdir
 * @returns {import("esbuild").BuildOptions}
 */
export function bundleOptions(entryPoints, outdir) {
  return {
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Loaded with createRequire as single CommonJS files already (pdfkit, fontkit, bidi-js);
    // pdfjs-dist and piscina start threads from their own files. They are read from
    // node_modules as they are. markdown-it is bundled: imported from node_modules, Node 20 ran
    // its CommonJS lexer over the 400 KB file to find its exports on every start (2 % of a
    // one-letter `generate`'s CPU profile, 2026-12-07). docx is bundled: its single 1 MB ES file shrinks to the half we
    // use, and importing the DOCX renderer takes ~64 ms instead of ~81 ms (measured, 20 runs each;
    // the letters are byte for byte the same).
    external: ["pdfkit", "fontkit", "bidi-js", "pdfjs-dist", "piscina"],
    // CommonJS libraries in the bundle (commander, handlebars) call require() for Node's modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    // Handlebars uses the source-map library only to write source maps, which we never ask for;
    // without it, it builds its code with its own small stand-in, as it does in a browser.
    plugins: [
      {
        name: "without-source-map",
        setup(builder) {
          builder.onResolve({ filter: /^source-map$/ }, () => ({
            path: "source-map",
            namespace: "empty",
          }));
          builder.onLoad({ filter: /.*/, namespace: "empty" }, () => ({
            contents: "module.exports = {};",
          }));
        },
      },
    ],
    logLevel: "warning",
  };
}
