// npm run build, second step: bundles the compiled CLI (dist/) into a few files in bundle/.
// Node 20 loads each ES module file on its own, and the CLI with its libraries is about five
// hundred of them (zod alone is 229); loading them was a fifth of a one-centre `generate`.
// The renderers stay separate chunks, so a run still loads only what its formats need.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { bundleOptions } from "./bundle-options.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const outdir = path.join(root, "bundle");

rmSync(outdir, { recursive: true, force: true });
// The command line; the batch's worker thread and runBatch (for the benchmark) are entry points
// of their own, and run-batch finds the worker next to itself.
await build(
  bundleOptions(
    {
      "clb-consent": path.join(root, "dist", "node", "cli", "run.js"),
      "batch-worker": path.join(root, "dist", "node", "batch", "batch-worker.js"),
      "run-batch": path.join(root, "dist", "node", "batch", "run-batch.js"),
      "prepare-layouts": path.join(root, "dist", "node", "io", "prepare-layouts.js"),
      "prepare-data": path.join(root, "dist", "node", "io", "prepare-data.js"),
    },
    outdir,
  ),
);

// The words of the shipped letters laid out once, here, instead of in every process that makes
// a PDF (src/core/render/fast/prepared-layouts.node.ts). In a process of its own, made by the
// bundle just written, so the words are those this bundle lays out. Should it fail, the CLI
// lays out every word itself, as before: the build says so and goes on.
const prepared = spawnSync(
  process.execPath,
  [
    "--input-type=module",
    "-e",
    `const { prepareLayouts } = await import(${JSON.stringify(pathToFileURL(path.join(outdir, "prepare-layouts.js")).href)});
process.stdout.write(JSON.stringify(await prepareLayouts()));`,
  ],
  { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CLB_FAST_PATHS: "on" } },
);
if (prepared.status === 0) {
  writeFileSync(path.join(outdir, "prepared-layouts.json"), prepared.stdout);
} else {
  console.warn(
    `bundle: no prepared-layouts.json, every word is laid out at run time:\n${prepared.stderr}`,
  );
}

// The shipped templates' YAML parsed and their Handlebars templates precompiled once, here, by
// the bundle just written, instead of in every process (src/node/io/prepared-yaml-file.ts and
// prepared-templates.ts). In a process of its own: precompiling changes Handlebars for the rest
// of its process. Should it fail, the CLI parses and compiles them as before.
const data = spawnSync(
  process.execPath,
  [
    "--input-type=module",
    "-e",
    `const m = await import(${JSON.stringify(pathToFileURL(path.join(outdir, "prepare-data.js")).href)});
const { mkdirSync, writeFileSync } = await import("node:fs");
const dir = ${JSON.stringify(outdir)}, templates = ${JSON.stringify(path.join(root, "templates"))};
writeFileSync(dir + "/" + m.PREPARED_YAML_FILE, JSON.stringify(m.prepareYaml(templates)));
mkdirSync(dir + "/" + m.PREPARED_TEMPLATES_DIR);
for (const [name, spec] of await m.prepareTemplates(templates))
  writeFileSync(dir + "/" + m.PREPARED_TEMPLATES_DIR + "/" + name, spec);`,
  ],
  { encoding: "utf8" },
);
if (data.status !== 0) {
  console.warn(`bundle: no prepared YAML or templates, they are read at run time:\n${data.stderr}`);
}

// The build's fingerprint, part of the generator identity in a batch's manifest (see
// src/node/batch/generator-version.ts): a hash of every file of the bundle, by name and content.
// esbuild writes the same files for the same sources, so a rebuild of the same code keeps it.
const hash = createHash("sha256");
// The precompiled templates are a folder of files: each is hashed by its path in bundle/.
for (const name of readdirSync(outdir, { recursive: true, encoding: "utf8" }).sort()) {
  const file = path.join(outdir, name);
  if (statSync(file).isDirectory()) continue;
  hash.update(`${name}\0`);
  hash.update(readFileSync(file));
}
writeFileSync(path.join(outdir, "build-id.txt"), `${hash.digest("hex").slice(0, 16)}\n`);
