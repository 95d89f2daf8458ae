import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Hono } from "hono";
import { beforeAll, describe, expect, it } from "vitest";
import { createTranslator } from "../../src/core/i18n/translator.js";
import { hostsFor } from "../../src/node/web/request-guard.js";
import { createWebApp } from "../../src/node/web/web-app.js";
import { tempDir } from "../helpers/cli.js";

// `clb-consent web` serves the built site and nothing else (issue 28, part 4). A small stand-in
// for site/ keeps this test independent of the build; tests/browser/ runs the real one.
const ORIGIN = "http://127.0.0.1:4173";
const require = createRequire(import.meta.url);
const address = { hosts: hostsFor("127.0.0.1", 4173) };
const INDEX =
  '<!doctype html>\n<html lang="nl-BE">\n<head><script src="app.js"></script></head></html>\n';
let siteDir: string;
let app: Hono;

beforeAll(async () => {
  siteDir = await tempDir("clb-web-site-");
  await mkdir(path.join(siteDir, "fonts"));
  await writeFile(path.join(siteDir, "index.html"), INDEX);
  await writeFile(path.join(siteDir, "app.js"), "start();\n");
  await writeFile(path.join(siteDir, "fonts", "regular.js"), "provideFontFile();\n");
  await writeFile(path.join(siteDir, "notes.txt"), "not part of the site\n");
  app = await createWebApp({ lang: "nl", address, siteDir });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  Promise.resolve(app.request(`${ORIGIN}${url}`, { headers }));

describe("the server of the built site", () => {
  it("serves the site's files with their types and the security headers", async () => {
    const page = await get("/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toBe(INDEX);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const font = await get("/fonts/regular.js");
    expect(font.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await font.text()).toBe("provideFontFile();\n");
  });

  it("makes a font script the site folder lacks (the package ships none) from the installed font", async () => {
    // Written out here, not by the code under test: the script the site's build writes.
    const name = "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf";
    const base64 = (await readFile(require.resolve(name))).toString("base64");
    const font = await get("/fonts/bold.js");
    expect(font.status).toBe(200);
    expect(font.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await font.text()).toBe(`provideFontFile(${JSON.stringify(name)},"${base64}");\n`);
    // A font file of the folder still wins; a face the renderers do not have is no file.
    expect(await (await get("/fonts/regular.js")).text()).toBe("provideFontFile();\n");
    expect((await get("/fonts/nope.js")).status).toBe(404);
    expect((await get("/fonts/constructor.js")).status).toBe(404);
  });

  it("serves nothing but the site: no other file, no endpoint, no POST", async () => {
    for (const url of ["/notes.txt", "/api/preview", "/../package.json", "/static/app.js"]) {
      expect((await get(url)).status, url).toBe(404);
    }
    const post = await app.request(`${ORIGIN}/api/preview`, {
      method: "POST",
      headers: { origin: ORIGIN },
      body: "{}",
    });
    expect(post.status).toBe(405);
  });

  it("refuses another Host, Origin or site with a plain HTML page in its language", async () => {
    const refusals = [
      await Promise.resolve(app.request("http://evil.example:4173/")),
      await get("/", { origin: "http://evil.example" }),
      await get("/", { "sec-fetch-site": "cross-site" }),
    ];
    const t = createTranslator("nl");
    for (const response of refusals) {
      expect(response.status).toBe(403);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const html = await response.text();
      expect(html).toContain('<html lang="nl-BE">');
      expect(html).toContain(t("web.error.forbidden"));
      expect(html).not.toContain("{");
    }
  });

  it("with --lang en, opens the page in English and refuses in English", async () => {
    const en = await createWebApp({ lang: "en", address, siteDir });
    const page = await Promise.resolve(en.request(`${ORIGIN}/`));
    expect(await page.text()).toContain('<html lang="en">');
    const refused = await Promise.resolve(en.request("http://evil.example:4173/"));
    expect(await refused.text()).toContain(createTranslator("en")("web.error.forbidden"));
  });

  it("says how to build the site when it is not built", async () => {
    const bare = await createWebApp({
      lang: "nl",
      address,
      siteDir: path.join(siteDir, "missing"),
    });
    const page = await Promise.resolve(bare.request(`${ORIGIN}/`));
    expect(page.status).toBe(500);
    expect(await page.text()).toContain("npm run build");
  });
});
