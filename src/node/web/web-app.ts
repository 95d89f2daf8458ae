import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Hono } from "hono";
import type { MessageKey } from "../../core/i18n/messages-nl.js";
import { createTranslator, type Language } from "../../core/i18n/translator.js";
import { PACKAGE_ROOT } from "../../paths.js";
import { fontScriptAt } from "./font-scripts.js";
import { type PageAddress, requestGuard, securityHeaders } from "./request-guard.js";

/*
 * `clb-consent web`: the built static site (scripts/build-site.js, in site/) on this computer,
 * and nothing else. The page makes the letters itself; the server only hands out its files,
 * each read once at start.
 */

export const SITE_DIR = path.join(PACKAGE_ROOT, "site");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

export interface WebAppOptions {
  readonly lang: Language;
  readonly address: PageAddress;
  /** The built site; default the package's site/. */
  readonly siteDir?: string;
}

/** Every file of the built site, by its path in the URL (`/fonts/regular.js`). */
async function readSite(dir: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !Object.hasOwn(TYPES, path.extname(entry.name))) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(`/${path.relative(dir, file).split(path.sep).join("/")}`, await readFile(file));
  }
  return files;
}

/** A short HTML page in the server's language: what a person opening a refused link sees. */
function messagePage(
  lang: Language,
  status: number,
  title: MessageKey,
  text: MessageKey,
  help?: MessageKey,
) {
  const t = createTranslator(lang);
  const escaped = (value: string) =>
    value.replace(
      /[&<>"]/g,
      (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c,
    );
  const body = `<!doctype html>
<html lang="${lang === "nl" ? "nl-BE" : "en"}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escaped(t(title))} – clb-consent</title></head>
<body><main><h1>${escaped(t(title))}</h1><p>${escaped(t(text))}</p>${help ? `<p>${escaped(t(help))}</p>` : ""}</main></body>
</html>
`;
  return new Response(body, { status, headers: { "content-type": TYPES[".html"] ?? "text/html" } });
}

/** The site's server: a Hono app, requested in-process by tests, served by start-web-server. */
export async function createWebApp(options: WebAppOptions): Promise<Hono> {
  const { lang } = options;
  let files: Map<string, Uint8Array>;
  try {
    files = await readSite(options.siteDir ?? SITE_DIR);
  } catch {
    files = new Map();
  }
  const index = files.get("/index.html");
  // The page speaks the server's language from its first paint (`web --lang en`).
  if (index && lang !== "nl") {
    const html = new TextDecoder()
      .decode(index)
      .replace('<html lang="nl-BE">', `<html lang="${lang}">`);
    files.set("/index.html", new TextEncoder().encode(html));
  }

  const app = new Hono();
  app.use(securityHeaders);
  app.use(
    requestGuard(options.address, () =>
      messagePage(
        lang,
        403,
        "web.error.forbiddenPage",
        "web.error.forbidden",
        "web.error.forbiddenHelp",
      ),
    ),
  );
  app.get("*", async (c) => {
    if (!index) return messagePage(lang, 500, "web.title", "web.error.siteMissing");
    const name = c.req.path === "/" ? "/index.html" : c.req.path;
    // The installed package has no site/fonts/ (font-scripts.ts): made once, when first asked.
    let data = files.get(name);
    if (!data) {
      data = await fontScriptAt(name);
      if (data) files.set(name, data);
    }
    if (!data) return messagePage(lang, 404, "web.title", "web.error.notFound");
    return new Response(new Uint8Array(data), {
      headers: { "content-type": TYPES[path.extname(name)] ?? "application/octet-stream" },
    });
  });
  // Nothing but GET: the page sends the server nothing.
  app.all("*", () => messagePage(lang, 405, "web.title", "web.error.notFound"));
  return app;
}
