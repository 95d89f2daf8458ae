import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { strToU8, unzipSync, zipSync } from "fflate";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readPdf } from "../../src/core/extract/read-pdf.js";
import { createTranslator } from "../../src/core/i18n/translator.js";
import { PROFILES, spawnCli, tempDir } from "../helpers/cli.js";
import { parseEml } from "../helpers/eml.js";
import { axeViolations, previewSettled, SITE, type SitePage, useSite, version } from "./browser.js";

// The static site opened from its folder (file://), as a centre opens it without installing
// anything (issue 28, parts 2, 3, 5 and 6).

const t = createTranslator("nl");
const en = createTranslator("en");
const BRUG = path.join(PROFILES, "clb-de-brug.yaml");
const LOGO = path.join(PROFILES, "logos", "clb-de-brug.png");
const site = useSite();

/** The browser's own classes, typed by hand: the tests are compiled without the DOM's types. */
interface DropGlobals {
  DataTransfer: new () => { items: { add(file: unknown): void } };
  File: new (parts: Uint8Array[], name: string) => unknown;
}

async function settle(page: Page, act: () => Promise<unknown>): Promise<void> {
  const before = await version(page);
  await act();
  await previewSettled(page, before);
}

/** De Brug's profile opened, and its logo given, as the page asks. */
async function openBrug(viewport?: { width: number; height: number }): Promise<SitePage> {
  const opened = await site.open(viewport);
  await settle(opened.page, () => opened.page.setInputFiles("#open-profile", BRUG));
  await settle(opened.page, () => opened.page.setInputFiles("#f-logo", LOGO));
  return opened;
}

async function downloaded(
  page: Page,
  selector: string,
): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return {
    name: download.suggestedFilename(),
    bytes: new Uint8Array(await readFile(await download.path())),
  };
}

async function drop(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const before = await page.evaluate<string | null>("document.body.dataset.checkVersion ?? null");
  const dataTransfer = await page.evaluateHandle(
    ({ data, file }) => {
      const scope = globalThis as unknown as DropGlobals;
      const transfer = new scope.DataTransfer();
      transfer.items.add(new scope.File([new Uint8Array(data)], file));
      return transfer;
    },
    { data: [...bytes], file: name },
  );
  await page.dispatchEvent("#check-zone", "drop", { dataTransfer });
  await page.waitForFunction(
    (old) =>
      ((globalThis as unknown as { document: { body: { dataset: Record<string, string> } } })
        .document.body.dataset.checkVersion ?? null) !== old,
    before,
    { timeout: 30_000 },
  );
}

/** Only GETs of the site's own files: nothing leaves the computer. */
function ownFilesOnly(requests: SitePage["requests"]): void {
  const root = `${new URL(site.url).href.replace(/index\.html$/, "")}`;
  const foreign = requests.filter(
    (r) => r.method !== "GET" || !(r.url.startsWith(root) || r.url.startsWith("blob:")),
  );
  expect(foreign).toEqual([]);
}

describe("the site from a folder", () => {
  it("opens with the form and an honest status line, having fetched at most 1.5 MB", async () => {
    const { page, requests, errors } = await site.open();
    expect(await page.textContent("#status")).toBe(t("web.status.start"));
    expect(await page.locator("[aria-invalid]").count()).toBe(0);
    expect(await page.textContent("label[for=f-name]")).toContain(t("field.name"));
    // Before any letter is downloaded: the page, its style, icon and app.js; no font, no renderer.
    const files = requests.map((r) => fileURLToPath(r.url));
    expect(files.map((f) => path.relative(SITE, f)).sort()).toEqual([
      "app.js",
      "icon.svg",
      "index.html",
      "style.css",
    ]);
    const bytes = (await Promise.all(files.map((f) => stat(f)))).reduce((n, s) => n + s.size, 0);
    expect(bytes).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    expect(errors).toEqual([]);
  });

  it("opens a profile with a logo: asks for the logo file, then is in order", async () => {
    const { page, errors } = await site.open();
    await settle(page, () => page.setInputFiles("#open-profile", BRUG));
    expect(await page.inputValue("#f-name")).toBe("Vrij CLB De Brug");
    expect(await page.textContent("#f-logo-error")).toContain(
      t("web.logo.needed", { logo: "logos/clb-de-brug.png" }),
    );
    expect(await page.textContent("#status")).not.toContain(t("web.noProblems"));
    await settle(page, () => page.setInputFiles("#f-logo", LOGO));
    expect(await page.textContent("#status")).toBe(t("web.noProblems"));
    expect(await page.textContent("#preview")).toContain("Vrij CLB De Brug");
    expect(errors).toEqual([]);
  });

  it("shows the CLI's message next to a wrong field as you type, and takes it away", async () => {
    const { page } = await openBrug();
    await settle(page, () => page.fill("#f-email", "onthaal"));
    expect(await page.textContent("#f-email-error")).toBe(t("profile.email", { value: "onthaal" }));
    expect(await page.getAttribute("#f-email", "aria-invalid")).toBe("true");
    expect(await page.getAttribute("#f-email", "aria-describedby")).toContain("f-email-error");
    await settle(page, () => page.fill("#f-email", "onthaal@debrug.clb.example"));
    expect(await page.textContent("#f-email-error")).toBe("");
    expect(await page.getAttribute("#f-email", "aria-invalid")).toBeNull();
  });

  it("changes the preview as you type, and shows the chosen document", async () => {
    const { page } = await openBrug();
    await page.focus("#f-name");
    await page.keyboard.press("End");
    await page.keyboard.type(" Noord");
    await expect.poll(() => page.textContent("#preview")).toContain("Vrij CLB De Brug Noord");
    await settle(page, () => page.selectOption("#preview-letter", "toestemming-praatbox-ouders"));
    expect(await page.textContent("#preview h3")).toContain("Praatbox");
    expect(await page.textContent("#preview h3")).toContain("ouders");
    await settle(page, () => page.selectOption("#preview-letter", "handleiding-teams"));
    expect(await page.textContent('#preview-letter option[value="handleiding-teams"]')).toContain(
      t("web.preview.for.staff"),
    );
  });

  it("saves the profile with its logo: `logo:` only when there is a logo, the logo beside it", async () => {
    const { page } = await openBrug();
    const downloads: { name: string; bytes: Uint8Array }[] = [];
    page.on("download", async (d) => {
      downloads.push({
        name: d.suggestedFilename(),
        bytes: new Uint8Array(await readFile(await d.path())),
      });
    });
    await page.click("#save-profile");
    await expect.poll(() => downloads.length).toBe(2);
    const yaml = downloads.find((d) => d.name === "clb-de-brug.yaml");
    expect(new TextDecoder().decode(yaml?.bytes)).toContain("logo: logos/clb-de-brug.png");
    const logo = downloads.find((d) => d.name === "clb-de-brug.png");
    expect(logo?.bytes).toEqual(new Uint8Array(await readFile(LOGO)));

    // Without a logo given, the saved profile names none.
    const fresh = await site.open();
    await settle(fresh.page, () => fresh.page.fill("#f-name", "CLB Zonder Logo"));
    const saved = await downloaded(fresh.page, "#save-profile");
    expect(new TextDecoder().decode(saved.bytes)).not.toMatch(/^logo:/m);
  });

  // The zip holds every letter's e-mail draft too, and generate makes them as well: on a busy
  // two-core machine that takes longer than the config's minute.
  it("makes the zip of generate's files, byte for byte, with a manifest proof takes", async () => {
    const { page, requests, errors } = await openBrug();
    const zip = await downloaded(page, "button[data-zip]");
    expect(zip.name).toBe("clb-de-brug-alles.zip");
    const entries = unzipSync(zip.bytes);

    const out = await tempDir("clb-site-generate-");
    const made = await spawnCli([
      "generate",
      "-p",
      BRUG,
      "-o",
      out,
      "--documents",
      "letters,guides",
      // The page's formats: generate's default ones and the e-mail draft.
      "-f",
      "pdf,docx,md,txt,eml",
    ]);
    expect(made.code, made.stderr).toBe(0);
    const manifest = JSON.parse(await readFile(path.join(out, "manifest.json"), "utf8"));
    const paths = manifest.letters.map((l: { path: string }) => l.path).sort();
    expect(
      Object.keys(entries)
        .filter((n) => n !== "manifest.json")
        .sort(),
    ).toEqual(paths);
    expect(paths).toContain("clb-de-brug/toestemming-teams-ouders.eml");
    for (const file of paths.filter((p: string) => /\.(pdf|docx|eml)$/.test(p))) {
      expect(entries[file], file).toEqual(new Uint8Array(await readFile(path.join(out, file))));
    }
    // The page's manifest is generate's, entry for entry (the same profile file and logo).
    expect(JSON.parse(new TextDecoder().decode(entries["manifest.json"]))).toEqual(manifest);

    // `proof` takes a letter from the zip with the zip's manifest.
    const unpacked = await tempDir("clb-site-zip-");
    for (const [name, bytes] of Object.entries(entries)) {
      const file = path.join(unpacked, name);
      await import("node:fs/promises").then((fs) =>
        fs.mkdir(path.dirname(file), { recursive: true }),
      );
      await writeFile(file, bytes);
    }
    const letter = path.join(unpacked, "clb-de-brug", "toestemming-teams.pdf");
    const proof = await spawnCli([
      "proof",
      letter,
      "--manifest",
      path.join(unpacked, "manifest.json"),
      "--route",
      "email",
      "--date",
      "2026-11-25",
    ]);
    expect(proof.code, proof.stderr).toBe(0);
    expect(proof.stdout).toContain("Vrij CLB De Brug");
    ownFilesOnly(requests);
    expect(errors).toEqual([]);
  }, 180_000);

  it("loads a fallback font only for a name that needs it, and the PDF is still generate's", async () => {
    const { page, requests, errors } = await openBrug();
    // Chinese characters: DejaVu lacks them, so the renderer tries the Noto fallbacks in order
    // (Arabic, Ethiopic, then Chinese, which has them); Korean and emoji are never needed.
    await settle(page, () => page.fill("#f-name", "Vrij CLB De Brug 北京"));
    const pdf = await downloaded(page, 'button[data-file="clb-de-brug/toestemming-teams.pdf"]');
    const fonts = requests.map((r) => r.url).filter((u) => u.includes("/fonts/"));
    expect(fonts.map((u) => path.basename(u)).sort()).toEqual([
      "arabic.js",
      "bold.js",
      "boldItalic.js",
      "ethiopic.js",
      "han.js",
      "italic.js",
      "regular.js",
    ]);
    // The same profile, saved from the page with its logo beside it, through `generate`.
    const dir = await tempDir("clb-site-han-");
    const saved: { name: string; bytes: Uint8Array }[] = [];
    page.on("download", async (d) => {
      saved.push({
        name: d.suggestedFilename(),
        bytes: new Uint8Array(await readFile(await d.path())),
      });
    });
    await page.click("#save-profile");
    await expect.poll(() => saved.length).toBe(2);
    const yaml = saved.find((d) => d.name.endsWith(".yaml"));
    expect(yaml && new TextDecoder().decode(yaml.bytes)).toContain("logo: logos/clb-de-brug.png");
    await mkdir(path.join(dir, "logos"));
    await writeFile(path.join(dir, "clb-de-brug.yaml"), yaml?.bytes ?? new Uint8Array());
    await writeFile(path.join(dir, "logos", "clb-de-brug.png"), await readFile(LOGO));
    const out = path.join(dir, "out");
    const made = await spawnCli([
      "generate",
      "-p",
      path.join(dir, "clb-de-brug.yaml"),
      "-o",
      out,
      "-t",
      "teams",
      "-f",
      "pdf",
    ]);
    expect(made.code, made.stderr).toBe(0);
    expect(pdf.bytes).toEqual(
      new Uint8Array(await readFile(path.join(out, "clb-de-brug", "toestemming-teams.pdf"))),
    );
    expect(errors).toEqual([]);
  });

  it("says which character no font has, as generate says it, and makes the DOCX still", async () => {
    const { page } = await openBrug();
    // An Egyptian hieroglyph: no font of ours has it, so every fallback is tried, then refused.
    await settle(page, () => page.fill("#f-name", "Vrij CLB De Brug 𓀀"));
    await page.click('button[data-file="clb-de-brug/toestemming-teams.pdf"]');
    await expect.poll(() => page.textContent("#alert"), { timeout: 30_000 }).toContain("U+13000");
    expect(await page.textContent("#alert")).toContain(
      t("pdf.unprintable", { file: t("web.formFile") }),
    );
    const docx = await downloaded(page, 'button[data-file="clb-de-brug/toestemming-teams.docx"]');
    expect(docx.name).toBe("toestemming-teams.docx");
  });

  it("downloads one letter: its PDF has the centre's name", async () => {
    const { page } = await openBrug();
    const pdf = await downloaded(page, 'button[data-file="clb-de-brug/toestemming-teams.pdf"]');
    expect(pdf.name).toBe("toestemming-teams.pdf");
    expect((await readPdf(pdf.bytes)).text).toContain("Vrij CLB De Brug");
  });

  it("downloads a letter's e-mail draft carrying its PDF; a guide has none", async () => {
    const { page } = await openBrug();
    const eml = await downloaded(page, 'button[data-file="clb-de-brug/toestemming-teams.eml"]');
    expect(eml.name).toBe("toestemming-teams.eml");
    const parsed = await parseEml(eml.bytes);
    expect(parsed.subject).toContain("Vrij CLB De Brug");
    expect(parsed.html).toMatch(/<html lang="nl-BE" dir="ltr">/);
    const pdf = await downloaded(page, 'button[data-file="clb-de-brug/toestemming-teams.pdf"]');
    const [attachment] = parsed.attachments;
    expect(attachment?.filename).toBe("toestemming-teams.pdf");
    expect(new Uint8Array(attachment?.content as ArrayBuffer)).toEqual(pdf.bytes);
    expect(await page.locator('button[data-file$="/handleiding-teams.eml"]').count()).toBe(0);
    expect(await page.locator('button[data-file$="/handleiding-teams.pdf"]').count()).toBe(1);
  });

  it("checks a dropped guide against the guide checklist, and an edited letter against the letter's", async () => {
    const { page, requests } = await openBrug();
    const guide = await downloaded(page, 'button[data-file="clb-de-brug/handleiding-teams.docx"]');
    await drop(page, guide.name, guide.bytes);
    expect(await page.textContent("#check-result h3")).toBe(
      t("web.check.guideResult", { file: "handleiding-teams.docx", tool: "Microsoft Teams" }),
    );
    expect(await page.textContent("#check-result .verdict")).toBe(t("web.check.allOk"));

    const letter = await downloaded(page, 'button[data-file="clb-de-brug/toestemming-teams.docx"]');
    const parts = unzipSync(letter.bytes);
    const xml = new TextDecoder().decode(parts["word/document.xml"]);
    const edited = xml.replace(
      /<w:p\b(?:(?!<\/w:p>).)*?(datalek|72 uur)(?:(?!<\/w:p>).)*?<\/w:p>/gs,
      "",
    );
    expect(edited).not.toBe(xml);
    await drop(page, "bewerkt.docx", zipSync({ ...parts, "word/document.xml": strToU8(edited) }));
    const missing = page.locator('#check-result li[data-clause="datalek"]');
    expect(await missing.getAttribute("class")).toBe("missing");
    expect(await page.textContent("#check-result .verdict")).toBe(
      t("web.check.failed", { count: 1 }),
    );

    // And a PDF, read by pdf.js in the page's own thread.
    const pdf = await downloaded(page, 'button[data-file="clb-de-brug/toestemming-teams.pdf"]');
    await drop(page, pdf.name, pdf.bytes);
    expect(await page.textContent("#check-result .verdict")).toBe(t("web.check.allOk"));
    ownFilesOnly(requests);
  });

  it("says a broken profile was not opened, and keeps nothing of the previous centre", async () => {
    const { page } = await openBrug();
    const broken = path.join(await tempDir("clb-site-broken-"), "kapot.yaml");
    await writeFile(broken, "id: clb-kapot\nname: [niet gesloten\n");
    await settle(page, () => page.setInputFiles("#open-profile", broken));
    expect(await page.textContent("#status")).toBe(t("web.profile.broken", { file: "kapot.yaml" }));
    expect(await page.textContent("#alert")).toMatch(/regel \d/);
    expect(await page.inputValue("#f-name")).toBe("");
    expect(await page.locator("#downloads button").count()).toBe(0);
  });

  for (const width of [390, 360]) {
    it(`fits a ${width} px phone without horizontal scrolling`, async () => {
      const { page } = await openBrug({ width, height: 800 });
      const widths = await page.evaluate<{ scroll: number; client: number }>(
        "({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })",
      );
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    });
  }

  it("switches to English, field labels and messages included, keeping what was typed", async () => {
    const { page } = await openBrug();
    await settle(page, () => page.click("#switch-language"));
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("label[for=f-name]")).toContain(en("field.name"));
    expect(await page.inputValue("#f-name")).toBe("Vrij CLB De Brug");
    await settle(page, () => page.fill("#f-email", "onthaal"));
    expect(await page.textContent("#f-email-error")).toBe(
      en("profile.email", { value: "onthaal" }),
    );
  });

  it("has no accessibility violations (axe-core): empty, with errors, with a letter, checked", async () => {
    const { page } = await site.open();
    expect(await axeViolations(page)).toEqual([]);
    await settle(page, () => page.setInputFiles("#open-profile", BRUG));
    await settle(page, () => page.fill("#f-email", "onthaal"));
    expect(await axeViolations(page)).toEqual([]);
    await settle(page, () => page.setInputFiles("#f-logo", LOGO));
    await settle(page, () => page.fill("#f-email", "onthaal@debrug.clb.example"));
    expect(await axeViolations(page)).toEqual([]);
    const guide = await downloaded(page, 'button[data-file="clb-de-brug/handleiding-teams.docx"]');
    await drop(page, guide.name, guide.bytes);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("can be filled in, previewed and downloaded with the keyboard only", async () => {
    const { page } = await site.open();
    const values: Record<string, string> = {
      "#f-id": "clb-sleutel",
      "#f-name": "CLB Sleutelbos",
      "#f-address-street": "Bosweg 3",
      "#f-address-postalCode": "8000",
      "#f-address-city": "Brugge",
      "#f-phone": "050 12 34 56",
      "#f-email": "info@sleutel.clb.example",
      "#f-website": "https://sleutel.clb.example",
      "#f-privacyUrl": "https://sleutel.clb.example/privacy",
      "#f-complaint-contact": "de directeur",
      "#f-complaint-email": "klacht@sleutel.clb.example",
      "#f-dpo-email": "dpo@sleutel.clb.example",
      "#f-retention-file": "We bewaren het leerlingendossier tien jaar na het laatste consult.",
      "#f-retention-agreement": "Je akkoord bewaren we even lang als het dossier.",
      "#f-contracts-teams-retention": "Microsoft wist de chat van een gesprek na 30 dagen.",
      "#f-contracts-teams-agreement": "Data Protection Addendum",
    };
    for (const [selector, value] of Object.entries(values)) {
      await page.focus(selector);
      await page.keyboard.type(value);
    }
    for (const selector of ["#f-contracts-teams-role", "#f-contracts-teams-where"]) {
      await page.focus(selector);
      await page.keyboard.press("ArrowDown");
    }
    await page.focus("#f-contracts-teams-agreementDate");
    await page.keyboard.type("09012025");
    await page.focus('input[name="tools"][value="teams"]');
    await page.keyboard.press("Space");
    await expect
      .poll(() => page.textContent("#preview"), { timeout: 20_000 })
      .toContain("CLB Sleutelbos");
    expect(await page.textContent("#status")).toBe(t("web.noProblems"));
    // The first download button, reached with Tab from the letter's preview, and Enter.
    await page.focus("#preview");
    const focused = () =>
      page.evaluate<string | null>("document.activeElement?.dataset?.file ?? null");
    for (let i = 0; i < 200 && (await focused()) === null; i++) await page.keyboard.press("Tab");
    expect(await focused()).toBe("clb-sleutel/toestemming-teams.pdf");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.keyboard.press("Enter"),
    ]);
    expect(download.suggestedFilename()).toBe("toestemming-teams.pdf");
  });
});
