// Compares the warm PDF and DOCX letter of two built checkouts on this machine, at the same time:
// `node scripts/bench-compare.js <checkout A> <checkout B> [rounds]`, each with `npm run build`
// (or `npx tsc -p tsconfig.build.json`) done. A shared machine's load moves every absolute
// figure; runs of A and B taken in turn, each in a fresh process, keep the comparison fair.
// Prints, per checkout, the fastest run and the median (ms per letter and per page).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { timeLetters } from "./letter-timing.js";

const [, , a, b, roundsText = "6"] = process.argv;
if (!a || !b) {
  console.error("usage: node scripts/bench-compare.js <checkout A> <checkout B> [rounds]");
  process.exit(2);
}

if (process.env.CLB_COMPARE_CHILD) {
  await child(process.env.CLB_COMPARE_CHILD);
} else {
  const rounds = Number(roundsText);
  const results = new Map([
    [a, []],
    [b, []],
  ]);
  for (let round = 0; round < rounds; round += 1) {
    for (const root of [a, b]) {
      const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), a, b], {
        env: { ...process.env, CLB_COMPARE_CHILD: path.resolve(root) },
        encoding: "utf8",
      });
      if (run.status !== 0) throw new Error(`${root}: ${run.stderr}`);
      results.get(root).push(JSON.parse(run.stdout));
    }
  }
  for (const [root, runs] of results) {
    const pdf = runs.map((r) => r.pdf).sort((x, y) => x - y);
    const docx = runs.map((r) => r.docx).sort((x, y) => x - y);
    const pages = runs[0].pages;
    console.log(
      `${root}: ${pages} pages; PDF fastest ${pdf[0].toFixed(2)} ms (${(pdf[0] / pages).toFixed(2)} per page), ` +
        `median ${pdf[pdf.length >> 1].toFixed(2)}; DOCX fastest ${docx[0].toFixed(2)}, median ${docx[docx.length >> 1].toFixed(2)}`,
    );
  }
}

/** In a fresh process: the fastest of 25 runs of 10 letters (both tools), after 40 to warm up. */
async function child(root) {
  const dist = (...candidates) => {
    const found = candidates.map((c) => path.join(root, "dist", c)).find((f) => existsSync(f));
    if (!found) throw new Error(`${root}: none of ${candidates.join(", ")} in dist/`);
    return import(found);
  };
  const modules = {
    ...(await dist("core/letter/make-letter.js", "letter/make-letter.js")),
    ...(await dist("node/io/load-profile.js", "io/load-profile.js", "profile/load-profile.js")),
    ...(await dist(
      "node/io/load-templates.js",
      "io/load-templates.js",
      "template/load-templates.js",
    )),
    ...(await dist("node/io/load-tools.js", "io/load-tools.js", "tools/load-tools.js")),
    ...(await dist("core/render/render-pdf.js", "render/render-pdf.js")),
    ...(await dist("core/render/render-docx.js", "render/render-docx.js")),
  };
  const { pdf, docx, pages } = await timeLetters(modules, root, 25);
  console.log(JSON.stringify({ pdf: Math.min(...pdf), docx: Math.min(...docx), pages }));
}
