import type { Language, Translate } from "../core/i18n/translator.js";
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

/** The language the page switches to, by its own name: "English" on the Dutch page. */
const OTHER_LANGUAGE: Record<Language, { readonly lang: Language; readonly name: string }> = {
  nl: { lang: "en", name: "English" },
  en: { lang: "nl", name: "Nederlands" },
};

/**
 * The page's body, made by the page itself in the chosen language (src/site/page/app.js puts
 * it in place): every value is escaped, and no element carries script (the CSP).
 */
export function pageBody(
  lang: Language,
  t: Translate,
  groups: readonly FormGroup[],
  /** The translations' part of the form (translation-fields.ts), after the profile's fields. */
  translations = "",
): string {
  const other = OTHER_LANGUAGE[lang];
  return `<header>
<h1>${escapeHtml(t("web.title"))}</h1>
<p>${escapeHtml(t("web.intro"))}</p>
<div class="toolbar">
<input type="file" id="open-profile" class="visually-hidden" accept=".yaml,.yml,text/yaml">
<label class="button" for="open-profile">${escapeHtml(t("web.profile.open"))}</label>
<button type="button" id="save-profile">${escapeHtml(t("web.profile.save"))}</button>
<button type="button" id="switch-language" data-lang="${other.lang}" lang="${other.lang === "nl" ? "nl-BE" : "en"}">${other.name}</button>
</div>
<p id="status" role="status" aria-live="polite"></p>
<p id="alert" role="alert"></p>
</header>
<main>
<form id="profile-form" novalidate>
${groups.map((group) => groupHtml(t, group)).join("\n")}
${translations}
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
`;
}
