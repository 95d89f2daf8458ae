// The warm-letter timing of `npm run bench` and of scripts/bench-compare.js: one centre's letters
// (two tools in turn) filled in and rendered, ten to a run. The modules come from the caller, so
// bench-compare can time another checkout's build with the same loop.
import path from "node:path";

/**
 * `modules`: makeLetter, loadProfile, loadTemplates, loadTools, renderPdf, renderDocx of one build;
 * `root`: the checkout whose example profile and templates to use. Returns each run's ms per
 * letter, per format, and the letters' average number of pages.
 */
export async function timeLetters(modules, root, runs) {
  const { makeLetter, loadProfile, loadTemplates, loadTools, renderPdf, renderDocx } = modules;
  const loaded = await loadProfile(path.join(root, "clb-profiles", "clb-de-brug.yaml"));
  const templates = await loadTemplates(path.join(root, "templates"), ["teams", "praatbox"]);
  const tools = await loadTools(path.join(root, "templates", "tools.yaml"));
  const timings = { pdf: [], docx: [] };
  const letter = (i) => makeLetter(loaded, i % 2 ? "teams" : "praatbox", { templates, tools });
  for (const [format, render] of [
    ["pdf", renderPdf],
    ["docx", renderDocx],
  ]) {
    // Warm: the first letters compile the code paths (JIT) and fill the per-process caches.
    for (let i = 0; i < 40; i += 1) await render(letter(i));
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      for (let i = 0; i < 10; i += 1) await render(letter(i));
      timings[format].push((performance.now() - started) / 10);
    }
  }
  // Letters grow and shrink with the templates: per page compares runs with other letters.
  const pageCount = (bytes) =>
    Buffer.from(bytes)
      .toString("latin1")
      .match(/\/Type \/Page\b/g).length;
  const pages = (pageCount(await renderPdf(letter(0))) + pageCount(await renderPdf(letter(1)))) / 2;
  return { ...timings, pages };
}
