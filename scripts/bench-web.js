// npm run bench (after scripts/bench.js), or alone: npm run build && node scripts/bench-web.js [-- --runs 5 --keys 20]
// Measures the static site (site/, built by npm run build) on this machine, served by a local
// static file server, in Debian's chromium; prints what it finds, never used by tests:
//  - form visible: from navigation start to the form made (target < 1 s);
//  - bytes before the form: what the page fetched until then (target < 1.5 MB);
//  - first letter preview: from opening a profile to its letter shown (target < 1.5 s);
//  - preview after a keystroke in the centre's name (target < 150 ms, the 60 ms debounce included).
import { readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("../", import.meta.url));
const site = path.join(root, "site");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const runs = option("runs", 5);
const keys = option("keys", 20);
const profileFile = path.join(root, "clb-profiles", "clb-de-brug.yaml");
const logoFile = path.join(root, "clb-profiles", "logos", "clb-de-brug.png");

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values, unit = "ms") =>
  `median ${median(values).toFixed(0)} ${unit} (${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)})`;

const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
};
/** A plain static file server for site/, as a host of the page would be. */
function serveSite() {
  const server = createServer((request, response) => {
    const name = new URL(request.url, "http://x").pathname;
    const file = path.join(site, name === "/" ? "index.html" : path.normalize(name));
    if (!file.startsWith(site)) return response.writeHead(404).end();
    try {
      const body = readFileSync(file);
      response.writeHead(200, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }),
    ),
  );
}

statSync(path.join(site, "index.html"));
const { server, url } = await serveSite();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
});
try {
  const formShown = [];
  const bytesBefore = [];
  const firstPreview = [];
  let page;
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext();
    page = await context.newPage();
    const fetched = [];
    page.on("requestfinished", async (request) => {
      const sizes = await request.sizes();
      fetched.push({ at: Date.now(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
    });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("clb-form-shown").length > 0);
    const shownAt = Date.now();
    formShown.push(
      await page.evaluate(() => performance.getEntriesByName("clb-form-shown")[0].startTime),
    );
    bytesBefore.push(
      fetched.filter((f) => f.at <= shownAt).reduce((n, f) => n + f.bytes, 0) / 1024,
    );
    // A profile opened, then its logo given (the page asks for it); timed inside the page from
    // the profile chosen to its letter shown, the two file choices of playwright included.
    const started = await page.evaluate(() => performance.now());
    await page.setInputFiles("#open-profile", profileFile);
    await page.waitForFunction(() => document.querySelector("#f-logo-error")?.textContent !== "");
    await page.setInputFiles("[data-logo]", logoFile);
    await page.waitForFunction(() =>
      document.querySelector("#preview")?.textContent.includes("Vrij CLB De Brug"),
    );
    firstPreview.push((await page.evaluate(() => performance.now())) - started);
    if (i < runs - 1) await context.close();
  }
  console.log(`site: form visible, ${runs} runs: ${range(formShown)} (target < 1000 ms)`);
  console.log(
    `site: bytes before the form, ${runs} runs: ${range(bytesBefore, "KB")} (target < 1536 KB)`,
  );
  console.log(
    `site: first letter preview from opening a profile and its logo, ${runs} runs: ${range(firstPreview)} (target < 1500 ms)`,
  );

  await page.focus("#f-name");
  await page.keyboard.press("End");
  const latencies = [];
  for (let i = 0; i < keys; i += 1) {
    const letter = String.fromCharCode(97 + (i % 26));
    const expected = `${await page.inputValue("#f-name")}${letter}`;
    // Timed inside the page: from the key's input event to the preview showing the new name.
    // The watcher is in place before the key is typed.
    await page.evaluate((name) => {
      window.benchLatency = new Promise((resolve) => {
        const input = document.querySelector("#f-name");
        const preview = document.querySelector("#preview");
        let start = 0;
        input.addEventListener("input", () => (start = performance.now()), { once: true });
        const observer = new MutationObserver(() => {
          if (start && preview.textContent.includes(name)) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(preview, { childList: true, subtree: true, characterData: true });
      });
    }, expected);
    await page.keyboard.type(letter);
    latencies.push(await page.evaluate(() => window.benchLatency));
    // A pause as between a typist's words, so each key is measured on its own.
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  console.log(
    `site: preview after a keystroke, ${keys} keys: ${range(latencies)} (target < 150 ms)`,
  );
} finally {
  await browser.close();
  server.close();
}
