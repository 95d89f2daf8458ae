import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startWebServer, type WebServer } from "../../src/web/start-web-server.js";

// Debian's package (installed by .ci/run); playwright never downloads a browser here.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The web server on a free port and one chromium for a test file. */
export function usePage(lang: "nl" | "en" = "nl") {
  const state: { server?: WebServer; browser?: Browser } = {};
  beforeAll(async () => {
    state.server = await startWebServer({ host: "127.0.0.1", port: 0, lang });
    state.browser = await chromium.launch({ executablePath: CHROMIUM });
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    get url(): string {
      if (!state.server) throw new Error("server not started");
      return state.server.url;
    },
    async open(): Promise<Page> {
      if (!state.browser || !state.server) throw new Error("browser not started");
      const context = await state.browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      await page.goto(state.server.url);
      (page as Page & { errors?: string[] }).errors = errors;
      return page;
    },
  };
}

/** The little of the DOM the tests read inside the page. */
export interface PageGlobals {
  readonly document: { readonly body: { readonly dataset: Record<string, string | undefined> } };
}

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
