import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import type { Language } from "../../src/core/i18n/translator.js";
import { startWebServer, type WebServer } from "../../src/node/web/start-web-server.js";
import { ROOT } from "../helpers/cli.js";

// Debian's package (installed by .ci/run); playwright never downloads a browser here.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The built site (npm run build; npm run test:browser builds first). */
export const SITE = path.join(ROOT, "site");

/** A page of the site, with what it asked for and the errors it raised. */
export interface SitePage {
  readonly page: Page;
  readonly requests: { readonly method: string; readonly url: string }[];
  readonly errors: string[];
}

/**
 * One chromium for a test file, and the site opened from its folder (file://) or from
 * `clb-consent web`'s server.
 */
export function useSite(options: { readonly served?: boolean; readonly lang?: Language } = {}) {
  const state: { server?: WebServer; browser?: Browser } = {};
  beforeAll(async () => {
    if (!existsSync(path.join(SITE, "index.html"))) {
      throw new Error("site/ is not built: run npm run build (npm run test:browser does)");
    }
    if (options.served) {
      state.server = await startWebServer({
        host: "127.0.0.1",
        port: 0,
        lang: options.lang ?? "nl",
      });
    }
    state.browser = await chromium.launch({ executablePath: CHROMIUM });
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    get url(): string {
      if (options.served) {
        if (!state.server) throw new Error("server not started");
        return state.server.url;
      }
      return pathToFileURL(path.join(SITE, "index.html")).href;
    },
    get browser(): Browser {
      if (!state.browser) throw new Error("browser not started");
      return state.browser;
    },
    /** A new page of the site, once its form is there. */
    async open(viewport?: { width: number; height: number }): Promise<SitePage> {
      const context = await this.browser.newContext({
        acceptDownloads: true,
        ...(viewport ? { viewport } : {}),
      });
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: { method: string; url: string }[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("request", (request) =>
        requests.push({ method: request.method(), url: request.url() }),
      );
      await page.goto(this.url);
      await page.waitForFunction(
        () =>
          (globalThis as unknown as PageGlobals).document.body.dataset.previewVersion !== undefined,
      );
      return { page, requests, errors };
    },
  };
}

/** The little of the DOM the tests read inside the page. */
export interface PageGlobals {
  readonly document: { readonly body: { readonly dataset: Record<string, string | undefined> } };
}

export const version = (page: Page) =>
  page.evaluate<string | null>("document.body.dataset.previewVersion ?? null");

/** Waits until the preview answered for the latest change. */
export async function previewSettled(page: Page, before: string | null): Promise<void> {
  // A function (a string would be eval'd, which the page's CSP forbids); typed by hand, as
  // the tests are compiled without the DOM's types.
  await page.waitForFunction(
    (old) =>
      ((globalThis as unknown as PageGlobals).document.body.dataset.previewVersion ?? null) !== old,
    before,
    { timeout: 20_000 },
  );
}

/** axe-core's violations in the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  const axe = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  // Run through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axe);
  return page.evaluate(async () => {
    const result = await (
      globalThis as unknown as {
        axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}
