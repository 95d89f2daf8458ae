// npm run build, second step: bundles the compiled CLI (dist/) into a few files in bundle/.
// Node 20 loads each ES module file on its own, and the CLI with its libraries is about five
// hundred of them (zod alone is 229); loading them was a fifth of a one-centre `generate`.
// The renderers stay separate chunks, so a run still loads only what its formats need.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../", import.meta.url));
const outdir = path.join(root, "bundle");

rmSync(outdir, { recursive: true, force: true });
await build({
  // The command line; the batch's worker thread and runBatch (for the benchmark) are entry
  // points of their own, and run-batch finds the worker next to itself.
  entryPoints: {
    "clb-consent": path.join(root, "dist", "cli", "run.js"),
    "batch-worker": path.join(root, "dist", "batch", "batch-worker.js"),
    "run-batch": path.join(root, "dist", "batch", "run-batch.js"),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Loaded with createRequire as single CommonJS files already (pdfkit, fontkit, markdown-it,
  // bidi-js); pdfjs-dist and piscina start threads from their own files. They are read from
  // node_modules as they are. docx is bundled: its single 1 MB ES file shrinks to the half we
  // use, and importing the DOCX renderer takes ~64 ms instead of ~81 ms (measured, 20 runs each;
  // the letters are byte for byte the same).
  external: ["pdfkit", "fontkit", "markdown-it", "bidi-js", "pdfjs-dist", "piscina"],
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
});

// The build's fingerprint, part of the generator identity in a batch's manifest (see
// src/batch/generator-version.ts): a hash of every file of the bundle, by name and content.
// esbuild writes the same files for the same sources, so a rebuild of the same code keeps it.
const hash = createHash("sha256");
for (const name of readdirSync(outdir).sort()) {
  hash.update(`${name}\0`);
  hash.update(readFileSync(path.join(outdir, name)));
}
writeFileSync(path.join(outdir, "build-id.txt"), `${hash.digest("hex").slice(0, 16)}\n`);
