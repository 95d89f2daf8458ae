// docs/web.png: the built page (site/, opened from its folder as a user would) with the example
// profile clb-de-brug and its logo loaded, in Debian's Chromium (playwright-core, as
// tests/browser do). Run after `npm run build`: node scripts/screenshot-site.js
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { root } from "./site-data.js";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const profiles = path.join(root, "clb-profiles");
const browser = await chromium.launch({ executablePath });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pathToFileURL(path.join(root, "site", "index.html")).href);
  // Each upload makes a new preview; the page counts them in data-preview-version.
  const version = () => page.evaluate(() => document.body.dataset.previewVersion ?? null);
  for (const [input, file] of [
    ["#open-profile", path.join(profiles, "clb-de-brug.yaml")],
    ["#f-logo", path.join(profiles, "logos", "clb-de-brug.png")],
  ]) {
    const before = await version();
    await page.setInputFiles(input, file);
    await page.waitForFunction(
      (old) => (document.body.dataset.previewVersion ?? null) !== old,
      before,
    );
  }
  await page.screenshot({ path: path.join(root, "docs", "web.png") });
} finally {
  await browser.close();
}
