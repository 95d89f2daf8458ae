import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readPdf } from "../../src/extract/read-pdf.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { PROFILES, ROOT } from "../helpers/cli.js";
import { previewSettled, usePage } from "./browser.js";

const t = createTranslator("nl");

/** The browser's own classes, typed by hand: the tests are compiled without the DOM's types. */
interface DropGlobals {
  DataTransfer: new () => { items: { add(file: unknown): void } };
  File: new (parts: Uint8Array[], name: string) => unknown;
}
const BRUG = path.join(PROFILES, "clb-de-brug.yaml");
const site = usePage();

const version = (page: Page) =>
  page.evaluate<string | null>("document.body.dataset.previewVersion ?? null");

async function openWithProfile(): Promise<Page> {
  const page = await site.open();
  const before = await version(page);
  await page.setInputFiles("#open-profile", BRUG);
  await previewSettled(page, before);
  return page;
}

describe("the page in chromium", () => {
  it("loads a profile into the form and shows its letter, without a script or CSP error", async () => {
    const page = await openWithProfile();
    expect(await page.inputValue("#f-name")).toBe("Vrij CLB De Brug");
    expect(await page.inputValue("#f-complaint-email")).toBe("klachten@debrug.clb.example");
    expect(await page.isChecked('input[name="tools"][value="praatbox"]')).toBe(true);
    await expect
      .poll(() => page.textContent("#status"))
      .toBe(`${t("web.profile.loaded", { file: "clb-de-brug.yaml" })} ${t("web.noProblems")}`);
    expect(await page.textContent("#preview")).toContain("Vrij CLB De Brug");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it("shows the CLI's message next to a wrong field as you type, and takes it away", async () => {
    const page = await openWithProfile();
    await page.fill("#f-email", "onthaal");
    const message = t("profile.email", { value: "onthaal" });
    await expect.poll(() => page.textContent("#f-email-error")).toBe(message);
    expect(await page.getAttribute("#f-email", "aria-invalid")).toBe("true");
    // The message is announced: it sits in a live region the field points at.
    expect(await page.getAttribute("#f-email", "aria-describedby")).toContain("f-email-error");
    await page.fill("#f-email", "onthaal@debrug.clb.example");
    await expect.poll(() => page.textContent("#f-email-error")).toBe("");
    expect(await page.getAttribute("#f-email", "aria-invalid")).toBeNull();
  });

  it("changes the preview as you type, and shows the chosen tool's letter", async () => {
    const page = await openWithProfile();
    await page.focus("#f-name");
    await page.keyboard.press("End");
    await page.keyboard.type(" Noord");
    await expect.poll(() => page.textContent("#preview")).toContain("Vrij CLB De Brug Noord");
    await page.selectOption("#preview-letter", "toestemming-praatbox");
    await expect.poll(() => page.textContent("#preview h3")).toContain("Praatbox");
    // Each letter's title says whom it is for; the choice names the parents' one as theirs.
    expect(
      await page.textContent('#preview-letter option[value="toestemming-praatbox-ouders"]'),
    ).toMatch(
      /^Beeldbellen met Praatbox: geïnformeerde toestemming voor ouders( \(voor de ouders\))?$/,
    );
    expect(await page.textContent('#preview-letter option[value="toestemming-praatbox"]')).toMatch(
      /^Beeldbellen met Praatbox: geïnformeerde toestemming voor leerlingen\b/,
    );
  });

  it("can be filled in from empty with the keyboard", async () => {
    const page = await site.open();
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
      // Retention per kind, and the facts of the centre's contract with the tool's vendor:
      // without them there is no letter for that tool.
      "#f-retention-file": "We bewaren het leerlingendossier tien jaar na het laatste consult.",
      "#f-retention-agreement": "Je akkoord bewaren we even lang als het dossier.",
      "#f-contracts-teams-retention": "Microsoft wist de chat van een gesprek na 30 dagen.",
      "#f-contracts-teams-agreement": "Data Protection Addendum",
    };
    for (const [selector, value] of Object.entries(values)) {
      await page.focus(selector);
      await page.keyboard.type(value);
    }
    // The contract's choices: the first option after "not filled in" (processor; in the EU).
    for (const selector of ["#f-contracts-teams-role", "#f-contracts-teams-where"]) {
      await page.focus(selector);
      await page.keyboard.press("ArrowDown");
    }
    expect(await page.inputValue("#f-contracts-teams-role")).toBe("processor");
    expect(await page.inputValue("#f-contracts-teams-where")).toBe("eu");
    await page.focus("#f-contracts-teams-agreementDate");
    await page.keyboard.type("09012025");
    expect(await page.inputValue("#f-contracts-teams-agreementDate")).toMatch(/^2025-\d\d-\d\d$/);
    await page.focus('input[name="tools"][value="teams"]');
    await page.keyboard.press("Space");
    await expect
      .poll(() => page.textContent("#preview"), { timeout: 20_000 })
      .toContain("CLB Sleutelbos");
    expect(await page.textContent("#status")).toBe(t("web.noProblems"));
    // The letter shown is the pupils' consent letter, with the vendor from the contract.
    expect(await page.inputValue("#preview-letter")).toBe("toestemming-teams");
    const preview = await page.textContent("#preview");
    expect(preview).toContain(
      "Beeldbellen met Microsoft Teams: geïnformeerde toestemming voor leerlingen",
    );
    expect(preview).toContain("Data Protection Addendum");
  });

  it("downloads a PDF with the centre's name in it", async () => {
    const page = await openWithProfile();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click('button[data-file="toestemming-teams.pdf"]'),
    ]);
    expect(download.suggestedFilename()).toBe("toestemming-teams.pdf");
    const file = await download.path();
    const bytes = new Uint8Array(await readFile(file));
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
    expect((await readPdf(bytes)).text).toContain("Vrij CLB De Brug");
  });

  it("checks an edited DOCX dropped on it and names the missing clause, clause by clause", async () => {
    const page = await openWithProfile();
    // The letter as the page makes it, then edited "in Word": the data-breach paragraphs gone.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click('button[data-file="toestemming-teams.docx"]'),
    ]);
    const parts = unzipSync(new Uint8Array(await readFile(await download.path())));
    const xml = new TextDecoder().decode(parts["word/document.xml"]);
    const edited = xml.replace(
      /<w:p\b(?:(?!<\/w:p>).)*?(datalek|72 uur)(?:(?!<\/w:p>).)*?<\/w:p>/gs,
      "",
    );
    expect(edited).not.toBe(xml);
    const buffer = Buffer.from(zipSync({ ...parts, "word/document.xml": strToU8(edited) }));
    // Dropped on the check zone, as a user drags it from the file manager.
    const dataTransfer = await page.evaluateHandle(
      ({ bytes, name }) => {
        const scope = globalThis as unknown as DropGlobals;
        const transfer = new scope.DataTransfer();
        transfer.items.add(new scope.File([new Uint8Array(bytes)], name));
        return transfer;
      },
      { bytes: [...buffer], name: "bewerkt.docx" },
    );
    await page.dispatchEvent("#check-zone", "drop", { dataTransfer });
    const missing = page.locator('#check-result li[data-clause="datalek"]');
    await missing.waitFor();
    expect(await missing.getAttribute("class")).toBe("missing");
    expect(await missing.textContent()).toContain(t("web.check.missing"));
    expect(await page.textContent("#check-result .verdict")).toBe(
      t("web.check.failed", { count: 1 }),
    );
    // Every other clause is listed too, each with its verdict.
    const clauses = await page.locator("#check-result li[data-clause]").count();
    expect(clauses).toBeGreaterThan(10);
    expect(await page.locator("#check-result li.ok").count()).toBeGreaterThan(clauses - 3);
  });

  it("has no accessibility violations (axe-core), empty and with errors shown", async () => {
    const axe = await readFile(
      createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
      "utf8",
    );
    const page = await site.open();
    const violations = async () => {
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
    };
    expect(await violations()).toEqual([]);
    const before = await version(page);
    await page.setInputFiles("#open-profile", BRUG);
    await previewSettled(page, before);
    await page.fill("#f-email", "onthaal");
    await expect.poll(() => page.textContent("#f-email-error")).not.toBe("");
    expect(await violations()).toEqual([]);
    if (process.env.WEB_SCREENSHOT) {
      await page.fill("#f-email", "onthaal@debrug.clb.example");
      await page.fill("#f-phone", "09 123 45 6x");
      await page.locator("#f-phone").blur();
      await expect.poll(() => page.textContent("#f-phone-error")).not.toBe("");
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: path.join(ROOT, "docs", "web.png") });
    }
  });
});
