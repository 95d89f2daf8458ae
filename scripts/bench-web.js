// npm run bench (after scripts/bench.js), or alone: npm run build && node scripts/bench-web.js [-- --runs 5 --keys 20]
// Measures the web page on this machine and prints what it finds; never used by tests.
//  - first page: from starting `clb-consent web` to the page's HTML received (target < 1 s);
//  - preview: from a keystroke in the centre's name to that name shown in the preview, in
//    Debian's chromium (target < 150 ms; includes the page's 60 ms debounce);
//  - the /api/preview request alone, from Node, for comparison.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { parse } from "yaml";

const root = fileURLToPath(new URL("../", import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const runs = option("runs", 5);
const keys = option("keys", 20);
const profileFile = path.join(root, "clb-profiles", "clb-de-brug.yaml");

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values) =>
  `median ${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)})`;

/** Starts the CLI as a user would; resolves with its address and the time to the first page. */
function startCli() {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [path.join(root, "bin", "clb-consent.js"), "web", "--port", "0"],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", async (chunk) => {
      out += chunk;
      const url = /http:\/\/\S+\//.exec(out)?.[0];
      if (!url || child.url) return;
      child.url = url;
      const response = await fetch(url);
      await response.text();
      resolve({ child, url, firstPage: performance.now() - started });
    });
    child.on("error", reject);
  });
}

const firstPages = [];
for (let i = 0; i < runs; i += 1) {
  const { child, firstPage } = await startCli();
  firstPages.push(firstPage);
  child.kill("SIGINT");
}
console.log(`web: first page after start, ${runs} runs: ${range(firstPages)} (target < 1000 ms)`);

const { child, url } = await startCli();
try {
  const profile = parse(readFileSync(profileFile, "utf8"));
  const requests = [];
  for (let i = 0; i < keys; i += 1) {
    const t0 = performance.now();
    const response = await fetch(`${url}api/preview`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ profile: { ...profile, name: `${profile.name} ${i}` } }),
    });
    await response.json();
    requests.push(performance.now() - t0);
  }
  console.log(`web: /api/preview request alone, ${keys} requests: ${range(requests)}`);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.setInputFiles("#open-profile", profileFile);
    await page.waitForFunction(() =>
      document.querySelector("#preview")?.textContent.includes("Vrij CLB De Brug"),
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
      `web: preview after a keystroke, ${keys} keys: ${range(latencies)} (target < 150 ms)`,
    );
  } finally {
    await browser.close();
  }
} finally {
  child.kill("SIGINT");
}
