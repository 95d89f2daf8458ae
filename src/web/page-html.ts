import type { MessageKey } from "../i18n/messages-nl.js";
import type { Language, Translate } from "../i18n/translator.js";
import { type FormField, type FormGroup, LOGO_FIELD } from "./form-fields.js";

/** Text and attribute values are data, never markup (a centre may be named `<b>`). */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

// Ids derived from a field path: `complaint.email` -> `f-complaint-email`.
const idOf = (path: string) => `f-${path.replace(/[^a-zA-Z0-9]/g, "-")}`;

function fieldHtml(t: Translate, field: FormField): string {
  const id = idOf(field.path);
  const errorId = `${id}-error`;
  const mark = field.required
    ? ` <span class="required" aria-hidden="true">*</span><span class="visually-hidden"> (${escapeHtml(t("web.required"))})</span>`
    : "";
  const helpId = `${id}-help`;
  const help = field.help ? `<p class="help" id="${helpId}">${escapeHtml(field.help)}</p>` : "";
  const describedBy = field.help ? `${helpId} ${errorId}` : errorId;
  const error = `${help}<p class="field-error" id="${errorId}" data-error-for="${escapeHtml(field.path)}"></p>`;
  const common = `id="${id}" name="${escapeHtml(field.path)}" data-path="${escapeHtml(field.path)}" data-kind="${field.kind}" aria-describedby="${describedBy}"${field.required ? ' aria-required="true"' : ""}`;
  const label = escapeHtml(field.label);
  const value = field.defaultValue;
  switch (field.kind) {
    case "choices": {
      const boxes = (field.choices ?? [])
        .map(
          (choice) =>
            `<label class="choice"><input type="checkbox" name="${escapeHtml(field.path)}" value="${escapeHtml(choice.value)}" data-path="${escapeHtml(field.path)}" data-kind="choices" aria-describedby="${describedBy}"> ${escapeHtml(choice.label)}</label>`,
        )
        .join("");
      return `<fieldset class="field choices" id="${id}"><legend>${label}${mark}</legend>${boxes}${error}</fieldset>`;
    }
    case "select": {
      const options = (field.choices ?? [])
        .map(
          (choice) =>
            `<option value="${escapeHtml(choice.value)}"${value === choice.value ? " selected" : ""}>${escapeHtml(choice.label)}</option>`,
        )
        .join("");
      return `<div class="field"><label for="${id}">${label}${mark}</label><select ${common}>${field.required ? "" : `<option value="">${escapeHtml(t("web.select.none"))}</option>`}${options}</select>${error}</div>`;
    }
    case "checkbox":
      return `<div class="field checkbox"><input type="checkbox" ${common}${value === true ? " checked" : ""}><label for="${id}">${label}</label>${error}</div>`;
    case "textarea":
      return `<div class="field"><label for="${id}">${label}${mark}</label><textarea rows="3" ${common}${field.maxLength ? ` maxlength="${field.maxLength}"` : ""}>${value === undefined ? "" : escapeHtml(String(value))}</textarea>${error}</div>`;
    default: {
      const type = field.kind === "number" ? "number" : field.kind === "date" ? "date" : "text";
      const extra = [
        field.min !== undefined ? ` min="${field.min}"` : "",
        field.max !== undefined ? ` max="${field.max}"` : "",
        field.maxLength !== undefined ? ` maxlength="${field.maxLength}"` : "",
        value === undefined ? "" : ` value="${escapeHtml(String(value))}"`,
      ].join("");
      return `<div class="field"><label for="${id}">${label}${mark}</label><input type="${type}" ${common}${extra}>${error}</div>`;
    }
  }
}

function logoHtml(t: Translate, field: FormField): string {
  const id = idOf(field.path);
  return `<div class="field"><label for="${id}">${escapeHtml(field.label)}</label><input type="file" id="${id}" data-logo accept="image/png,image/jpeg" aria-describedby="${id}-help ${id}-error"><p class="help" id="${id}-help">${escapeHtml(t("web.logoHelp"))}</p><p class="field-error" id="${id}-error" data-error-for="${LOGO_FIELD}"></p></div>`;
}

function groupHtml(t: Translate, group: FormGroup): string {
  const fields = group.fields
    .map((field) => (field.path === LOGO_FIELD ? logoHtml(t, field) : fieldHtml(t, field)))
    .join("");
  return `<fieldset class="group" id="group-${group.id}"><legend>${escapeHtml(group.title)}</legend>${fields}</fieldset>`;
}

/** Messages the page's script shows, in the server's language. */
const CLIENT_KEYS = [
  "web.problems",
  "web.noProblems",
  "web.preview.updated",
  "web.preview.waiting",
  "web.downloads.all",
  "web.downloads.busy",
  "web.profile.loaded",
  "web.check.result",
  "web.check.ok",
  "web.check.missing",
  "web.check.scattered",
  "web.check.allOk",
  "web.check.failed",
  "web.error.offline",
  "web.error.tooLarge",
  "validate.recommended",
] as const satisfies readonly MessageKey[];

/** The whole page; the script and style are files of their own (no inline script: the CSP). */
export function pageHtml(lang: Language, t: Translate, groups: readonly FormGroup[]): string {
  const texts: Record<string, string> = {};
  // Placeholders stay for the script to fill: i18next would otherwise empty them.
  for (const key of CLIENT_KEYS) {
    texts[key] = t(key, {
      count: "{{count}}",
      title: "{{title}}",
      file: "{{file}}",
      tool: "{{tool}}",
      max: "{{max}}",
    });
  }
  // A JSON data block is not run as script, so the CSP allows it; "<" is escaped so no value
  // can close the element.
  const json = JSON.stringify(texts).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="${lang === "nl" ? "nl-BE" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t("web.title"))} – clb-consent</title>
<link rel="stylesheet" href="/static/style.css">
<link rel="icon" href="/static/icon.svg" type="image/svg+xml">
<script type="module" src="/static/app.js"></script>
<script type="application/json" id="texts">${json}</script>
</head>
<body>
<header>
<h1>${escapeHtml(t("web.title"))}</h1>
<p>${escapeHtml(t("web.intro"))}</p>
<noscript><p class="field-error">${escapeHtml(t("web.noscript"))}</p></noscript>
<div class="toolbar">
<input type="file" id="open-profile" class="visually-hidden" accept=".yaml,.yml,text/yaml">
<label class="button" for="open-profile">${escapeHtml(t("web.profile.open"))}</label>
<button type="button" id="save-profile">${escapeHtml(t("web.profile.save"))}</button>
</div>
<p id="status" role="status" aria-live="polite"></p>
<p id="alert" role="alert"></p>
</header>
<main>
<form id="profile-form" novalidate>
${groups.map((group) => groupHtml(t, group)).join("\n")}
</form>
<aside>
<section aria-labelledby="preview-title">
<h2 id="preview-title">${escapeHtml(t("web.preview.title"))}</h2>
<label for="preview-letter">${escapeHtml(t("web.preview.letter"))}</label>
<select id="preview-letter"></select>
<p id="preview-status" aria-live="polite"></p>
<article id="preview" class="letter" tabindex="0" aria-labelledby="preview-title"></article>
</section>
<section aria-labelledby="downloads-title">
<h2 id="downloads-title">${escapeHtml(t("web.downloads.title"))}</h2>
<ul id="downloads"></ul>
</section>
<section aria-labelledby="check-title" id="check-zone">
<h2 id="check-title">${escapeHtml(t("web.check.title"))}</h2>
<p id="check-help">${escapeHtml(t("web.check.help"))}</p>
<input type="file" id="check-file" class="visually-hidden" accept=".docx,.pdf" aria-describedby="check-help">
<label class="button" for="check-file">${escapeHtml(t("web.check.choose"))}</label>
<div id="check-result" aria-live="polite"></div>
</section>
</aside>
</main>
</body>
</html>
`;
}
