// Loaded in the page by same-bytes.test.ts: the fonts first, then the renderers, as the site
// loads them; window.renderInPage renders a document and gives the SHA-256 of each format.
import { memorySource } from "../../src/core/files/memory-source.js";
import type { DocumentSpec } from "../../src/core/pipeline/document-spec.js";
import { readPipelineInputs } from "../../src/core/pipeline/pipeline-inputs.js";
import { renderDocument } from "../../src/core/pipeline/render-document.js";
import type { Profile } from "../../src/core/profile/profile-schema.js";
import type { TemplateSet } from "../../src/core/template/load-templates.js";
import { provideFontFile } from "../../src/site/fonts.js";

async function loadFonts(names: readonly string[]): Promise<void> {
  for (const name of names) {
    const bytes = new Uint8Array(await (await fetch(`/fonts/${name}`)).arrayBuffer());
    provideFontFile(name, bytes);
  }
}

let templates: Promise<TemplateSet> | undefined;

/** The templates folder as the site bundles it (file name -> text), for the e-mail drafts. */
function useTemplates(texts: Record<string, string>): void {
  const source = memorySource(new Map(Object.entries(texts)), "templates");
  templates = readPipelineInputs(source, "all").then((inputs) => inputs.templates);
}

async function hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>),
  );
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The document's PDF and DOCX and, for a letter (`email` given), its e-mail draft carrying
 * that very PDF, made as `generate` makes it (renderDocument, with the PDF rendered first).
 */
async function renderInPage(
  carried: { meta: { logo?: { data: number[] | Uint8Array } } },
  email?: { spec: DocumentSpec; profile: Profile },
): Promise<{ pdf: string; docx: string; eml?: string }> {
  const { renderPdf, renderDocx } = await import("../../src/site/renderers.js");
  if (carried.meta.logo) carried.meta.logo.data = new Uint8Array(carried.meta.logo.data);
  const doc = carried as unknown as Parameters<typeof renderPdf>[0];
  const pdf = await renderPdf(doc);
  const hashes = { pdf: await hex(pdf), docx: await hex(await renderDocx(doc)) };
  if (!email || !templates) return hashes;
  const prepared = { spec: email.spec, doc, missing: [] };
  const loaded = { file: `${email.profile.id}.yaml`, profile: email.profile };
  const eml = await renderDocument(prepared, "eml", loaded, await templates, pdf);
  return { ...hashes, eml: await hex(eml.bytes) };
}

Object.assign(globalThis, { loadFonts, renderInPage, useTemplates });
