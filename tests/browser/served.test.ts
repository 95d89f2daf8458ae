import { describe, expect, it } from "vitest";
import { createTranslator } from "../../src/core/i18n/translator.js";
import { useSite } from "./browser.js";

// `clb-consent web --lang en`: the same built site from 127.0.0.1 (issue 28, part 4).
const en = createTranslator("en");
const site = useSite({ served: true, lang: "en" });

describe("the site from `clb-consent web --lang en`", () => {
  it("is the page in English, asking nothing but GETs of its own files", async () => {
    const { page, requests, errors } = await site.open();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("h1")).toBe(en("web.title"));
    expect(await page.textContent("label[for=f-name]")).toContain(en("field.name"));
    expect(await page.textContent("#status")).toBe(en("web.status.start"));
    const origin = new URL(site.url).origin;
    expect(requests.filter((r) => r.method !== "GET" || new URL(r.url).origin !== origin)).toEqual(
      [],
    );
    expect(errors).toEqual([]);
  });

  it("answers a link from another site with a plain page in English, not JSON", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    // Another site's page, with a link to the local one: Chromium marks the visit cross-site.
    await page.route("https://elsewhere.example/", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><title>x</title><a id="go" href="${site.url}">CLB</a>`,
      }),
    );
    await page.goto("https://elsewhere.example/");
    const [response] = await Promise.all([page.waitForNavigation(), page.click("#go")]);
    expect(response?.status()).toBe(403);
    expect(response?.headers()["content-type"]).toBe("text/html; charset=utf-8");
    expect(await page.textContent("h1")).toBe(en("web.error.forbiddenPage"));
    expect(await page.textContent("main")).toContain(en("web.error.forbidden"));
    expect(await page.textContent("main")).toContain(en("web.error.forbiddenHelp"));
    await context.close();
  });
});
