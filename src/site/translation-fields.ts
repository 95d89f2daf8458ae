import type { Language, Translate } from "../core/i18n/translator.js";
import { profileProsePaths } from "../core/letter/prose-fields.js";
import type { FormGroup } from "./form-fields.js";
import { escapeHtml } from "./page-html.js";
import type { SiteLanguage } from "./site-data.js";

/*
 * The form's translations (issue 29): which languages the centre offers (`translations`), and
 * per language the centre's own texts in it (`translated.<code>.<path>`), each labelled with
 * the Dutch field it translates. A language's texts show while it is ticked; a text shows while
 * the letters use its Dutch field (page/app.js). Each input says its language and direction,
 * so a screen reader speaks it and Arabic is typed right to left.
 */

/** The id of a translated text's input: `f-translated-fr-retention-file`. */
const idOf = (code: string, path: string) =>
  `f-translated-${code}-${path.replace(/[^a-zA-Z0-9]/g, "-")}`;

function choiceHtml(t: Translate, lang: Language, code: string, language: SiteLanguage): string {
  const unreviewed = language.reviewed
    ? ""
    : ` <span class="unreviewed">(${escapeHtml(t("web.translations.unreviewed"))})</span>`;
  const other = lang === "nl" ? language.nameNl : language.name;
  return `<label class="choice"><input type="checkbox" name="translations" value="${escapeHtml(code)}" data-path="translations" data-kind="choices" aria-describedby="f-translations-error"> <span lang="${escapeHtml(language.tag)}" dir="${language.dir}">${escapeHtml(language.nativeName)}</span> – ${escapeHtml(other)}${unreviewed}</label>`;
}

function textHtml(
  t: Translate,
  code: string,
  language: SiteLanguage,
  path: string,
  dutch: string,
): string {
  const id = idOf(code, path);
  const field = `translated.${code}.${path}`;
  const tool = path.startsWith("contracts.") ? path.split(".")[1] : undefined;
  return `<div class="field" data-prose-row="${escapeHtml(path)}"${tool ? ` data-tool="${escapeHtml(tool)}"` : ""}><label for="${id}">${escapeHtml(t("web.translations.field", { field: dutch, path }))}</label><textarea rows="2" maxlength="600" id="${id}" name="${escapeHtml(field)}" data-path="${escapeHtml(field)}" data-kind="prose" data-lang="${escapeHtml(code)}" data-key="${escapeHtml(path)}" lang="${escapeHtml(language.tag)}" dir="${language.dir}" aria-describedby="${id}-error"></textarea><p class="field-error" id="${id}-error" data-error-for="${escapeHtml(field)}"></p></div>`;
}

/**
 * The translations' part of the form, in the page's language: the languages to tick, the
 * translation the e-mail drafts carry (`--translation`), the note of what was not made or not
 * reviewed, and each language's texts for every tool of tools.yaml (`groups` give the Dutch
 * fields' labels).
 */
export function translationFields(
  lang: Language,
  t: Translate,
  languages: Readonly<Record<string, SiteLanguage>>,
  groups: readonly FormGroup[],
): string {
  const codes = Object.keys(languages).sort();
  if (codes.length === 0) return "";
  const fields = groups.flatMap((g) => g.fields);
  const tools = fields.find((f) => f.path === "tools")?.choices?.map((c) => c.value) ?? [];
  const labelOf = (path: string) => fields.find((f) => f.path === path)?.label ?? path;
  const boxes = codes.map((code) => choiceHtml(t, lang, code, languages[code]!)).join("");
  const texts = codes
    .map((code) => {
      const language = languages[code]!;
      const name = lang === "nl" ? language.nameNl : language.name;
      const rows = profileProsePaths(tools)
        .map((path) => textHtml(t, code, language, path, labelOf(path)))
        .join("");
      return `<fieldset class="translated" id="translated-${escapeHtml(code)}" data-lang-texts="${escapeHtml(code)}" hidden><legend>${escapeHtml(t("web.translations.texts", { language: name }))}</legend>${rows}</fieldset>`;
    })
    .join("");
  return `<fieldset class="group" id="group-translations"><legend>${escapeHtml(t("web.group.translations"))}</legend>
<p class="help" id="translations-help">${escapeHtml(t("web.translations.help"))}</p>
<fieldset class="field choices languages" id="f-translations" aria-describedby="translations-help"><legend>${escapeHtml(t("web.translations.languages"))}</legend>${boxes}<p class="field-error" id="f-translations-error" data-error-for="translations"></p></fieldset>
<div class="field"><label for="attach-translation">${escapeHtml(t("web.translations.attach"))}</label><select id="attach-translation" aria-describedby="attach-translation-help"><option value="">${escapeHtml(t("web.translations.attachNone"))}</option></select><p class="help" id="attach-translation-help">${escapeHtml(t("web.translations.attachHelp"))}</p></div>
<div id="translations-note" aria-live="polite"></div>
${texts}
</fieldset>`;
}
