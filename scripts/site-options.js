// How the browser's code is bundled: the static site (issue 28) and the browser tests that
// render letters in Chromium. Shared, so a test checks the code the site ships.
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * An esbuild plugin: a module of src/ that needs Node (`*.node.ts`) is replaced by its twin
 * beside it (`*.browser.ts`). The core imports the Node file; the site gets the twin. A Node file
 * without a twin fails the build, naming it.
 * @returns {import("esbuild").Plugin}
 */
export function browserTwins() {
  return {
    name: "browser-twins",
    setup(build) {
      build.onResolve({ filter: /\.node\.js$/ }, (args) => {
        if (!args.importer) return undefined;
        const twin = path.resolve(args.resolveDir, args.path.replace(/\.node\.js$/, ".browser.ts"));
        return { path: twin };
      });
    },
  };
}

/**
 * An esbuild plugin and its injected globals: nodemailer's MailComposer in the page, so the
 * page's e-mail draft is made by the very code that makes the command line's, byte for byte
 * (tests/browser/same-bytes.test.ts), rather than by a second MIME library whose encoding
 * (header words, line folding, base64 lines) would have to be proven equal to nodemailer's.
 * Its streams are readable-stream's (Node's own stream code, published for browsers), Buffer
 * is the buffer package's, its random bytes Web Crypto's (src/site/shims/node-crypto.ts); the
 * Node modules it imports for files, URLs, DNS and sockets, which a draft composed from given
 * bytes never reaches, are stand-ins that throw (src/site/shims/node-absent.cjs).
 * @returns {Pick<import("esbuild").BuildOptions, "plugins" | "inject">}
 */
export function mailInTheBrowser() {
  const shims = fileURLToPath(new URL("../src/site/shims", import.meta.url));
  const streams = /^node:stream$/;
  const absent = /^node:(dns|fs|http|https|net|os|path|tls|url|util|zlib)$/;
  return {
    inject: [path.join(shims, "node-globals.ts")],
    plugins: [
      {
        name: "mail-in-the-browser",
        setup(build) {
          build.onResolve({ filter: streams }, (args) =>
            build.resolve("readable-stream", { kind: args.kind, resolveDir: shims }),
          );
          build.onResolve({ filter: /^node:crypto$/ }, () => ({
            path: path.join(shims, "node-crypto.ts"),
          }));
          build.onResolve({ filter: absent }, () => ({
            path: path.join(shims, "node-absent.cjs"),
          }));
        },
      },
    ],
  };
}

/**
 * esbuild's options for the browser's code from `entryPoints` into `outdir`.
 * @param {Record<string, string>} entryPoints
 * @param {string} outdir
 * @returns {import("esbuild").BuildOptions}
 */
export function siteOptions(entryPoints, outdir) {
  return {
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "chrome110",
    // The browser builds of pdfkit, fontkit and docx.
    conditions: ["browser"],
    mainFields: ["browser", "module", "main"],
    plugins: [browserTwins()],
    logLevel: "warning",
    legalComments: "linked",
  };
}

/**
 * The same, as classic scripts (format "iife", no chunks): Chromium runs neither ES modules nor
 * fetch() from a file:// folder, so the static site loads each part with a <script src> whose
 * code registers itself (scripts/build-site.js).
 * @param {Record<string, string>} entryPoints
 * @param {string} outdir
 * @returns {import("esbuild").BuildOptions}
 */
export function classicSiteOptions(entryPoints, outdir) {
  return {
    ...siteOptions(entryPoints, outdir),
    splitting: false,
    format: "iife",
    minify: true,
    legalComments: "none",
    // A classic script has no import.meta; pdfkit's browser build names its sRGB profile (for
    // the letters' PDF/A output intent) relative to it, in a file table of its own that it both
    // fills and reads with this same name, and pdf.js names its worker by it.
    define: { "import.meta.url": "document.baseURI" },
  };
}
