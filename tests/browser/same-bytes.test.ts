import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { build } from "esbuild";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { templateTexts } from "../../scripts/site-data.js";
import { classicSiteOptions, mailInTheBrowser } from "../../scripts/site-options.js";
import type { Document } from "../../src/core/document/document.js";
import type { DocumentSpec } from "../../src/core/pipeline/document-spec.js";
import { renderDocument } from "../../src/core/pipeline/render-document.js";
import type { Profile } from "../../src/core/profile/profile-schema.js";
import { FALLBACK_FACES, FONT_FACES } from "../../src/core/render/pdf/pdf-fonts.js";
import { renderDocx } from "../../src/core/render/render-docx.js";
import { renderPdf } from "../../src/core/render/render-pdf.js";
import {
  centreSpecs,
  loadPipelineInputs,
  loadProfile,
  prepareDocument,
} from "../../src/node/io/index.js";
import { PROFILES, profileYaml, tempDir } from "../helpers/cli.js";
import { EXAMPLE_IDS } from "../helpers/letters.js";
import { transparentPng } from "../helpers/transparent-png.js";
import { CHROMIUM } from "./browser.js";

// Issue 28, part 3: the letters the page makes are the command line's, byte for byte. The
// renderers are bundled for the browser as the site bundles them (classic scripts, with the
// browser twins of the *.node.ts modules: scripts/site-options.js), loaded in Debian's Chromium, and given the same
// documents as Node: every letter and guide of every example profile, and of two profiles with
// a transparent logo (pdfkit compresses its pixels itself), as PDF and DOCX, and each letter's
// e-mail draft (nodemailer bundled for the page, carrying the PDF made in the page).

// https: crypto.subtle (the hashes) is there only in a secure context.
const ORIGIN = "https://clb.test";
const require = createRequire(import.meta.url);
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

interface Made {
  readonly name: string;
  readonly doc: Document;
  readonly pdf: string;
  readonly docx: string;
  /** A letter's e-mail draft (a guide has none), and what the page needs to make it. */
  readonly email?: { readonly spec: DocumentSpec; readonly profile: Profile; readonly eml: string };
}

/** Profiles with a logo of each transparent kind (the examples' logo has none). */
async function transparentLogoProfiles(): Promise<string[]> {
  const dir = await tempDir("clb-site-logos-");
  await mkdir(path.join(dir, "logos"));
  const files: string[] = [];
  for (const colorType of [3, 6] as const) {
    await writeFile(path.join(dir, "logos", `logo-${colorType}.png`), transparentPng(colorType));
    const file = path.join(dir, `clb-logo-${colorType}.yaml`);
    const yaml = profileYaml({
      id: `id: clb-logo-${colorType}`,
      logo: `logo: logos/logo-${colorType}.png`,
    });
    await writeFile(file, yaml);
    files.push(file);
  }
  return files;
}

/** Every document of the example profiles as Node makes it, with the hashes of its files. */
async function madeInNode(): Promise<Made[]> {
  const made: Made[] = [];
  const examples = (await readdir(PROFILES)).filter((f) => f.endsWith(".yaml"));
  expect(examples).toEqual(expect.arrayContaining(EXAMPLE_IDS.map((id) => `${id}.yaml`)));
  const files = [
    ...examples.map((f) => path.join(PROFILES, f)),
    ...(await transparentLogoProfiles()),
  ];
  for (const file of files) {
    const loaded = await loadProfile(file);
    const id = loaded.profile.id;
    const inputs = await loadPipelineInputs(loaded.profile.tools, { guides: true });
    const every = { audiences: ["pupil", "parents"], documents: ["letters", "guides"] } as const;
    for (const spec of centreSpecs(loaded.profile.tools, every)) {
      const prepared = prepareDocument(loaded, spec, inputs);
      const { doc, missing } = prepared;
      expect(missing, `${id} ${spec.baseName}`).toEqual([]);
      const pdf = await renderPdf(doc);
      // The e-mail as generate makes it, attaching the PDF it wrote beside it.
      const eml =
        spec.kind === "guide"
          ? undefined
          : await renderDocument(prepared, "eml", loaded, inputs.templates, pdf);
      made.push({
        name: `${id}/${spec.baseName}`,
        doc,
        pdf: sha(pdf),
        docx: sha(await renderDocx(doc)),
        ...(eml ? { email: { spec, profile: loaded.profile, eml: sha(eml.bytes) } } : {}),
      });
    }
  }
  return made;
}

/** A document as page.evaluate can carry it: the logo's bytes as an array of numbers. */
function portable(doc: Document): unknown {
  const logo = doc.meta.logo;
  return logo ? { ...doc, meta: { ...doc.meta, logo: { ...logo, data: [...logo.data] } } } : doc;
}

const FONTS = Object.values({ ...FONT_FACES, ...FALLBACK_FACES });

let browser: Browser;
let page: Page;
let site: string;

beforeAll(async () => {
  site = await tempDir("clb-site-");
  // With nodemailer as the site's render part bundles it (scripts/build-site.js).
  const options = classicSiteOptions({ harness: "tests/browser/render-harness.ts" }, site);
  const mail = mailInTheBrowser();
  await build({
    ...options,
    inject: mail.inject,
    plugins: [...(options.plugins ?? []), ...(mail.plugins ?? [])],
  });
  browser = await chromium.launch({ executablePath: CHROMIUM });
  page = await browser.newPage();
  // The site's files, and the font files, from this origin only; anything else is refused.
  const requests: string[] = [];
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    requests.push(url.href);
    if (url.origin !== ORIGIN) return route.abort();
    if (url.pathname === "/") {
      const html = '<!doctype html><title>t</title><script src="/harness.js"></script>';
      return route.fulfill({ contentType: "text/html", body: html });
    }
    if (url.pathname.startsWith("/fonts/")) {
      const file = require.resolve(decodeURIComponent(url.pathname.slice("/fonts/".length)));
      return route.fulfill({ body: await readFile(file), contentType: "font/ttf" });
    }
    const file = path.join(site, path.basename(url.pathname));
    return route.fulfill({ body: await readFile(file), contentType: "text/javascript" });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => "loadFonts" in globalThis);
  await page.evaluate(
    (fonts) =>
      (globalThis as unknown as { loadFonts(f: string[]): Promise<void> }).loadFonts(fonts),
    FONTS,
  );
  await page.evaluate(
    (texts) =>
      (globalThis as unknown as { useTemplates(t: Record<string, string>): void }).useTemplates(
        texts,
      ),
    templateTexts(),
  );
  expect(requests.every((url) => url.startsWith(`${ORIGIN}/`))).toBe(true);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe("the letters made in the browser", () => {
  it("are byte-identical to Node's, PDF, DOCX and e-mail, for every example profile", async () => {
    const made = await madeInNode();
    expect(made.length).toBeGreaterThan(20);
    expect(made.filter((m) => m.email).length).toBeGreaterThan(10);
    for (const { name, doc, pdf, docx, email } of made) {
      const hashes = await page.evaluate(
        ([carried, mail]) =>
          (
            globalThis as unknown as {
              renderInPage(d: unknown, e: unknown): Promise<{ pdf: string; docx: string }>;
            }
          ).renderInPage(carried, mail),
        [portable(doc), email && { spec: email.spec, profile: email.profile }] as const,
      );
      expect({ name, ...hashes }).toEqual({
        name,
        pdf,
        docx,
        ...(email ? { eml: email.eml } : {}),
      });
    }
  });
});
