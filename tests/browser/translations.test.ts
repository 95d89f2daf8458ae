import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createTranslator } from "../../src/core/i18n/translator.js";
import { PROFILES, spawnCli, tempDir } from "../helpers/cli.js";
import { parseEml } from "../helpers/eml.js";
import { axeViolations, previewSettled, useSite, version } from "./browser.js";

// Issue 29 on the web page: the letters in the languages the centre offers, beside the Dutch
// ones, made in Chromium byte for byte as `generate --translations` makes them, the e-mail
// carrying the chosen translation as `--translation` does, and the zip's manifest naming each
// translation's Dutch letter (the site from its folder, file://).

const t = createTranslator("nl");
const LOGO = path.join(PROFILES, "logos", "clb-de-brug.png");
const site = useSite();
// Compared by SHA-256: a failing comparison of two PDFs' bytes would diff every byte.
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * De Brug's profile offering French and Arabic, with its logo beside it, in a folder of its
 * own; Teams only (its Praatbox texts taken out), so that generate and the page make a third
 * of the files of three languages and two tools on a busy machine.
 */
async function brugWithTranslations(): Promise<string> {
  const dir = await tempDir("clb-site-translations-");
  await mkdir(path.join(dir, "logos"));
  await writeFile(path.join(dir, "logos", "clb-de-brug.png"), await readFile(LOGO));
  const text = (await readFile(path.join(PROFILES, "clb-de-brug.yaml"), "utf8"))
    .replace(/^tools: \[teams, praatbox\]$/m, "tools: [teams]")
    .replace(/^ +contracts\.praatbox\..*\n/gm, "");
  expect(text).toMatch(/^tools: \[teams\]$/m);
  const file = path.join(dir, "clb-de-brug.yaml");
  await writeFile(file, `${text.trimEnd()}\ntranslations: [fr, ar]\n`);
  return file;
}

async function settle(page: Page, act: () => Promise<unknown>): Promise<void> {
  const before = await version(page);
  await act();
  await previewSettled(page, before);
}

/** A download, or the page's alert if it refused (a zip of three languages takes a while). */
async function downloaded(page: Page, selector: string) {
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 180_000 }).catch(async (error) => {
      throw new Error(`${error}; the page said: ${await page.textContent("#alert")}`);
    }),
    page.click(selector),
  ]);
  return {
    name: download.suggestedFilename(),
    bytes: new Uint8Array(await readFile(await download.path())),
  };
}

/** The browser's own classes, typed by hand: the tests are compiled without the DOM's types. */
interface DropGlobals {
  DataTransfer: new () => { items: { add(file: unknown): void } };
  File: new (parts: Uint8Array[], name: string) => unknown;
}

/** A file dropped on the check's zone, once its result is there. */
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
    { timeout: 60_000 },
  );
}

async function openProfile(file: string) {
  const opened = await site.open();
  await settle(opened.page, () => opened.page.setInputFiles("#open-profile", file));
  await settle(opened.page, () => opened.page.setInputFiles("#f-logo", LOGO));
  return opened;
}

describe("translations on the page", () => {
  it("lists the languages by their own and Dutch names, ticks the profile's, labels each text", async () => {
    const { page, requests, errors } = await openProfile(await brugWithTranslations());
    expect(await page.isChecked('input[data-path="translations"][value="fr"]')).toBe(true);
    expect(await page.isChecked('input[data-path="translations"][value="ar"]')).toBe(true);
    expect(await page.isChecked('input[data-path="translations"][value="uk"]')).toBe(false);
    const arabic = page.locator("label.choice", { has: page.locator('input[value="ar"]') });
    expect(await arabic.textContent()).toContain("العربية – Arabisch");
    expect(await arabic.textContent()).toContain(`(${t("web.translations.unreviewed")})`);
    expect(await arabic.locator("span[lang=ar]").getAttribute("dir")).toBe("rtl");
    // A ticked language's texts, from the profile, in its language and direction.
    const text = page.locator("#f-translated-ar-retention-file");
    expect(await text.isVisible()).toBe(true);
    expect(await text.getAttribute("lang")).toBe("ar");
    expect(await text.getAttribute("dir")).toBe("rtl");
    expect(await text.inputValue()).toMatch(/^نحتفظ بملف CLB/);
    expect(await page.getAttribute("#f-translated-fr-retention-file", "dir")).toBe("ltr");
    expect(await page.textContent('label[for="f-translated-ar-contracts-teams-retention"]')).toBe(
      t("web.translations.field", {
        field: t("field.contract.retention", { tool: "Microsoft Teams" }),
        path: "contracts.teams.retention",
      }),
    );
    expect(await page.isVisible("#translated-uk")).toBe(false);
    // A text the letters do not use (a tool not ticked) is not asked for.
    expect(await page.isVisible("#f-translated-ar-contracts-zoom-retention")).toBe(false);
    expect(await page.textContent("#translated-ar legend")).toBe(
      t("web.translations.texts", { language: "Arabisch" }),
    );
    // The translations are downloads, under generate's names; their language's script only
    // loaded because it was chosen.
    for (const name of ["toestemming-teams-ouders-ar.pdf", "toestemming-teams-fr.docx"]) {
      expect(await page.locator(`button[data-file="clb-de-brug/${name}"]`).count()).toBe(1);
    }
    const scripts = requests.map((r) => path.basename(fileURLToPath(r.url)));
    expect(scripts.filter((s) => s.startsWith("lang-")).sort()).toEqual([
      "lang-ar.js",
      "lang-fr.js",
    ]);
    // An Arabic letter previews right to left.
    await settle(page, () => page.selectOption("#preview-letter", "toestemming-teams-ouders-ar"));
    expect(await page.getAttribute("#preview", "dir")).toBe("rtl");
    expect(await page.getAttribute("#preview", "lang")).toBe("ar");
    expect(errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  // generate makes every letter, guide and e-mail, in three languages: slow on two cores.
  it("makes generate --translations' files byte for byte, the e-mail carrying the chosen one, with its manifest", async () => {
    const file = await brugWithTranslations();
    const { page, errors } = await openProfile(file);
    await page.selectOption("#attach-translation", "ar");
    const zip = await downloaded(page, "button[data-zip]");
    const entries = unzipSync(zip.bytes);
    const eml = await downloaded(page, 'button[data-file="clb-de-brug/toestemming-teams.eml"]');

    const out = await tempDir("clb-site-translations-out-");
    const made = await spawnCli([
      "generate",
      "-p",
      file,
      "-o",
      out,
      "--documents",
      "letters,guides",
      "-f",
      "pdf,docx,md,txt,eml",
      "--translation",
      "ar",
    ]);
    expect(made.code, made.stderr).toBe(0);
    const manifest = JSON.parse(await readFile(path.join(out, "manifest.json"), "utf8"));
    const paths: string[] = manifest.letters.map((l: { path: string }) => l.path).sort();
    expect(paths).toEqual(
      expect.arrayContaining([
        "clb-de-brug/toestemming-teams-ouders-ar.pdf",
        "clb-de-brug/toestemming-teams-ouders-ar.docx",
        "clb-de-brug/toestemming-teams-fr.pdf",
        "clb-de-brug/toestemming-teams-fr.docx",
        "clb-de-brug/toestemming-teams-ouders.eml",
      ]),
    );
    // A translation has no e-mail of its own: the Dutch one carries it (--translation).
    expect(paths.filter((p) => /-(ar|fr)\.eml$/.test(p))).toEqual([]);
    expect(
      Object.keys(entries)
        .filter((n) => n !== "manifest.json")
        .sort(),
    ).toEqual(paths);
    for (const name of paths) {
      const entry = entries[name];
      expect(entry && sha(entry), name).toBe(sha(await readFile(path.join(out, name))));
    }
    const pageManifest = JSON.parse(new TextDecoder().decode(entries["manifest.json"]));
    expect(pageManifest).toEqual(manifest);
    const arabic = pageManifest.letters.find(
      (l: { path: string }) => l.path === "clb-de-brug/toestemming-teams-ouders-ar.pdf",
    );
    expect(arabic.lang).toBe("ar");
    expect(arabic.translationOf.path).toBe("clb-de-brug/toestemming-teams-ouders.pdf");

    // The Dutch e-mail downloaded alone is generate's too, with the Arabic PDF after the Dutch.
    const cliEml = await readFile(path.join(out, "clb-de-brug/toestemming-teams.eml"));
    expect(sha(eml.bytes)).toBe(sha(cliEml));
    const attachments = (await parseEml(eml.bytes)).attachments.map((a) => a.filename);
    expect(attachments).toEqual(["toestemming-teams.pdf", "toestemming-teams-ar.pdf"]);

    // The unreviewed languages are noted once, in generate's words.
    const note = await page.textContent("#translations-note");
    const unreviewed = t("translation.unreviewed", { list: "Frans (fr), Arabisch (ar)" });
    expect(made.stderr).toContain(unreviewed);
    expect(note?.split(unreviewed).length).toBe(2);
    expect(errors).toEqual([]);
  }, 400_000);

  it("checks a dropped translation against its own language's checklist, as validate does", async () => {
    const { page, errors } = await openProfile(await brugWithTranslations());
    const docx = await downloaded(
      page,
      'button[data-file="clb-de-brug/toestemming-teams-ar.docx"]',
    );
    // Renamed, as a file sent around may be: the notice tells the language, not the name.
    await drop(page, "brief.docx", docx.bytes);
    expect(await page.textContent("#check-result .verdict")).toBe(t("web.check.allOk"));
    expect(await page.locator("#check-result li.ok").count()).toBeGreaterThan(5);
    expect(await page.locator("#check-result li.missing").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("refuses a language whose text is missing, naming the field, and still makes the Dutch letters", async () => {
    const { page, errors } = await openProfile(await brugWithTranslations());
    await settle(page, () => page.fill("#f-translated-ar-retention-file", ""));
    const note = await page.textContent("#translations-note");
    expect(note).toContain(
      t("translation.refused", { file: t("web.formFile"), language: "Arabisch" }),
    );
    expect(note).toContain(
      `translated.ar.retention.file: ${t("translation.proseMissing", { code: "ar", path: "retention.file" })}`,
    );
    expect(await page.textContent("#f-translated-ar-retention-file-error")).toBe(
      t("translation.proseMissing", { code: "ar", path: "retention.file" }),
    );
    const files = await page
      .locator("button[data-file]")
      .evaluateAll((buttons) =>
        buttons.map((b) => (b as unknown as { dataset: { file: string } }).dataset.file),
      );
    expect(files).toContain("clb-de-brug/toestemming-teams.pdf");
    expect(files).toContain("clb-de-brug/toestemming-teams-fr.pdf");
    expect(files.filter((f) => f.includes("-ar."))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
