/**
 * The page's renderers, a script of their own (render.js) that the page loads with a
 * <script src> when a file is first downloaded: pdfkit, fontkit and docx are most of the
 * page's code and no preview needs them. The page gives the font files first (fonts.ts);
 * it registers itself on globalThis.clbRenderPart.
 */
import "./fonts-from-page.js";
import precompiledEmail from "clb:precompiled-email-templates";
import { zipSync } from "fflate";
import { isUserError } from "../core/errors/user-error.js";
import { buildCentre } from "../core/pipeline/build-centre.js";
import type { DocumentSpec } from "../core/pipeline/document-spec.js";
import type { PreparedDocument } from "../core/pipeline/make-document.js";
import { documentTemplates } from "../core/pipeline/make-document.js";
import type { PipelineInputs } from "../core/pipeline/pipeline-inputs.js";
import { type RenderedFile, renderDocument } from "../core/pipeline/render-document.js";
import { renderFormats } from "../core/pipeline/render-formats.js";
import type { LoadedProfile } from "../core/profile/load-profile.js";
import type { Format } from "../core/render/registry.js";
import { fontsNeeded } from "./fonts-needed.js";
import { usePrecompiledTemplates } from "./precompiled-templates.js";
import { manifestBytes, siteManifest } from "./site-manifest.js";

// This script's own copy of Handlebars compiles the e-mail template (with the letters'
// partials) when it makes the first e-mail: the CSP forbids eval, so it takes them precompiled.
usePrecompiledTemplates(precompiledEmail);

/**
 * Renders one document in the formats given, as `generate` renders it (pipeline/build-centre.ts):
 * a translation's e-mail from the Dutch e-mail template, and a Dutch letter's e-mail carrying
 * also the PDF of `attached`, its translation the page's choice names (`--translation`).
 */
async function renderDocumentFiles(
  prepared: PreparedDocument,
  formats: readonly Format[],
  loaded: LoadedProfile,
  inputs: PipelineInputs,
  attached?: PreparedDocument,
): Promise<RenderedFile[]> {
  const templates = documentTemplates(prepared.spec, inputs);
  const more =
    attached && formats.includes("eml")
      ? [
          {
            fileName: `${attached.spec.baseName}.pdf`,
            data: (
              await renderDocument(
                attached,
                "pdf",
                loaded,
                documentTemplates(attached.spec, inputs),
              )
            ).bytes,
          },
        ]
      : undefined;
  return renderFormats(prepared, formats, loaded, templates, undefined, {
    ...(prepared.spec.lang ? { templates: inputs.templates } : {}),
    ...(more ? { more } : {}),
  });
}

/**
 * Every file of the centre in one zip, with the manifest `proof` reads, dated as the letters:
 * made by `generate`'s own buildCentre from the documents' specs, the translation `attach`
 * carried by the Dutch letters' e-mails.
 */
async function centreZip(
  specs: readonly DocumentSpec[],
  formats: readonly Format[],
  loaded: LoadedProfile,
  inputs: PipelineInputs,
  profileText: string,
  attach?: string,
): Promise<Uint8Array> {
  const attached = attach && specs.some((s) => s.lang === attach) ? attach : undefined;
  const files = await buildCentre(loaded, inputs, {
    specs,
    formats,
    ...(attached ? { attachTranslation: attached } : {}),
  });
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const file of files) {
    // Dated like the letters, not by the clock: the same form gives the same zip.
    entries[file.path] = [file.bytes, { mtime: new Date(`${file.date}T12:00:00Z`) }];
  }
  const first = files[0];
  entries["manifest.json"] = [
    manifestBytes(siteManifest(loaded, profileText, files, attached)),
    { mtime: new Date(`${first?.date ?? "2026-01-01"}T12:00:00Z`) },
  ];
  return zipSync(entries, { level: 6 });
}

/**
 * A user's problem as plain data: this script has its own copy of UserError, so the page's
 * `instanceof` would take it for a bug (src/site/page-core.ts, failureMessage).
 */
function portable<A extends unknown[], R>(run: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    try {
      return await run(...args);
    } catch (error) {
      if (!isUserError(error)) throw error;
      const { key, params, problems } = error;
      throw Object.assign(new Error(key), { userError: { key, params, problems } });
    }
  };
}

export const renderPart = {
  renderDocumentFiles: portable(renderDocumentFiles),
  centreZip: portable(centreZip),
  fontsNeeded,
};

Object.assign(globalThis, { clbRenderPart: renderPart });
