// The page's script: the form, the live preview, opening and saving a profile, the downloads
// and the check of an edited letter, all made here by the core (no server). It builds every
// element with textContent: values are data.

import precompiled from "clb:precompiled-templates";
import {
  checkedUpload,
  failureMessage,
  inputsForCheck,
  loadInputs,
  openProfile,
  pageMarkup,
  preview,
  profileYaml,
  SITE_FORMATS,
  translator,
} from "../page-core.js";
import { usePrecompiledTemplates } from "../precompiled-templates.js";
import { fillForm, readForm } from "./form-values.js";
import { loadScript } from "./load-script.js";
import { checkPart, renderPartFor } from "./parts.js";
import { blocksInto, wrap } from "./preview-blocks.js";

const MAX_LOGO_BYTES = 2 * 1024 * 1024;

const state = {
  lang: "nl",
  // Errors show for fields the user has touched, and for all once a profile is opened or a
  // download asked: a new form does not open in red.
  touched: new Set(),
  showAll: false,
  /** The logo the user gave: { name, data }. */
  logo: undefined,
  /** The profile's `logo:` value when it was opened (kept while its file is the one given). */
  logoName: undefined,
  /** The opened profile's text, while the form is unchanged: the letters come from it. */
  opened: undefined,
  lastProblems: [],
  centre: undefined,
  version: 0,
  /** The translation the Dutch letters' e-mails carry (`--translation`), or "". */
  attach: "",
};

const $ = (id) => document.getElementById(id);
const say = (key, params = {}) => translator(state.lang)(key, params);

function languageFromAddress() {
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked === "en" || asked === "nl") return asked;
  return document.documentElement.lang.startsWith("en") ? "en" : "nl";
}

function errorSlot(field) {
  const parts = field ? field.split(".") : [];
  while (parts.length > 0) {
    const slot = $("profile-form").querySelector(
      `[data-error-for="${CSS.escape(parts.join("."))}"]`,
    );
    if (slot) return slot;
    parts.pop();
  }
  return undefined;
}

function isShown(field) {
  if (state.showAll) return true;
  // A line without a field ("and 3 more of the same kind") belongs to fields not shown yet.
  if (!field) return false;
  return [...state.touched].some(
    (path) => path === field || field.startsWith(`${path}.`) || path.startsWith(`${field}.`),
  );
}

/** The problems at their fields; the status line counts only those shown (issue 28). */
function showProblems(problems) {
  state.lastProblems = problems;
  const form = $("profile-form");
  const messages = new Map();
  const general = [];
  let count = 0;
  for (const problem of problems) {
    if (!isShown(problem.field)) continue;
    count += 1;
    const slot = errorSlot(problem.field);
    if (!slot) {
      general.push(problem.field ? `${problem.field}: ${problem.message}` : problem.message);
      continue;
    }
    messages.set(slot, [...(messages.get(slot) ?? []), problem.message]);
  }
  for (const slot of form.querySelectorAll(".field-error")) {
    const text = (messages.get(slot) ?? []).join(" ");
    // Only a changed message is written: aria-live then announces what is new, not everything.
    if (slot.textContent !== text) slot.textContent = text;
    const path = slot.dataset.errorFor;
    for (const input of form.querySelectorAll(`[data-path="${CSS.escape(path)}"]`)) {
      if (text) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
  }
  $("alert").textContent = general.join(" ");
  $("status").textContent =
    problems.length === 0
      ? say("web.noProblems")
      : count > 0
        ? say("web.problems", { count })
        : say("web.status.start");
}

/** The profile text the letters are made from: the opened file while unchanged, else the form. */
function profileText() {
  if (state.opened) return state.opened.text;
  const values = readForm($("profile-form"));
  const logo = state.logo ? (state.logoName ?? state.logo.name) : undefined;
  return profileYaml(logo ? { ...values, logo } : values);
}

function profileFile() {
  return state.opened?.file ?? say("web.formFile");
}

/**
 * A ticked language's texts show; a text shows while the letters use its Dutch field (`prose`,
 * from the last preview), or, while the profile is not in order, while its tool is ticked.
 */
function showTranslationParts(prose) {
  const form = $("profile-form");
  const ticked = (path) =>
    new Set([...form.querySelectorAll(`input[data-path="${path}"]:checked`)].map((el) => el.value));
  const languages = ticked("translations");
  for (const part of form.querySelectorAll("[data-lang-texts]")) {
    part.hidden = !languages.has(part.dataset.langTexts);
  }
  const used = prose ? new Set(prose) : undefined;
  const tools = ticked("tools");
  for (const row of form.querySelectorAll("[data-prose-row]")) {
    row.hidden = used
      ? !used.has(row.dataset.proseRow)
      : row.dataset.tool !== undefined && !tools.has(row.dataset.tool);
  }
}

/** The translations made, for the e-mail's choice, and what was not made or not reviewed. */
function showTranslations(translations) {
  if (!translations) return;
  showTranslationParts(translations.prose);
  const select = $("attach-translation");
  if (select) {
    const none = select.options[0];
    select.replaceChildren(
      none,
      ...translations.made.map((made) => {
        const option = document.createElement("option");
        option.value = made.code;
        option.textContent = made.label;
        return option;
      }),
    );
    if (!translations.made.some((m) => m.code === state.attach)) state.attach = "";
    select.value = state.attach;
  }
  const note = $("translations-note");
  if (note) {
    const text = translations.notes.join("\n");
    // Only a changed note is written: aria-live reads what is new.
    if (note.dataset.text !== text) {
      note.dataset.text = text;
      note.replaceChildren(
        ...translations.notes.map((line) =>
          Object.assign(document.createElement("p"), { textContent: line }),
        ),
      );
    }
  }
}

function showLetters(answer) {
  const select = $("preview-letter");
  const chosen = select.value;
  select.replaceChildren(
    ...answer.letters.map((letter) => {
      const option = document.createElement("option");
      option.value = letter.key;
      option.textContent = letter.label;
      return option;
    }),
  );
  select.value = answer.letters.some((l) => l.key === chosen) ? chosen : answer.chosen.key;
  const shownLetter = $("preview");
  shownLetter.replaceChildren();
  // A translation is shown in its language and direction (Arabic right to left).
  shownLetter.lang = answer.chosen.lang;
  shownLetter.dir = answer.chosen.dir;
  blocksInto(shownLetter, answer.chosen.blocks);
  $("preview-status").textContent = say("web.preview.updated", { title: answer.chosen.label });
  const zip = `${answer.centre.loaded.profile.id}-alles.zip`;
  $("downloads").replaceChildren(
    ...answer.files.map((file) => {
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.file = file.path;
      button.textContent = file.name;
      return wrap("li", button);
    }),
    wrap(
      "li",
      Object.assign(document.createElement("button"), {
        type: "button",
        textContent: `${say("web.downloads.all")} (${zip})`,
      }),
    ),
  );
  $("downloads").lastElementChild.firstElementChild.dataset.zip = zip;
}

let running = Promise.resolve();
let timer;
/** Makes the preview again; one at a time, the latest form wins. */
function refresh() {
  running = running.then(async () => {
    const answer = await preview(
      state.lang,
      profileFile(),
      profileText(),
      state.logo,
      $("preview-letter").value,
    );
    showProblems(answer.problems);
    showTranslations(answer.translations);
    const logoSlot = errorSlot("logo");
    if (answer.ok) {
      state.centre = answer.centre;
      showLetters(answer);
    } else {
      state.centre = undefined;
      // The last letter without errors stays in view while a field is being fixed; downloads
      // wait until the form is in order again.
      $("downloads").replaceChildren();
      $("preview-status").textContent = say("web.preview.waiting");
    }
    if (state.logoName && !state.logo && logoSlot) {
      logoSlot.textContent = say("web.logo.needed", { logo: state.logoName });
    }
    state.version += 1;
    document.body.dataset.previewVersion = String(state.version);
  });
  return running;
}

// Short enough to feel immediate, long enough that a fast typist asks once a word.
const DEBOUNCE_MS = 60;
function refreshSoon() {
  clearTimeout(timer);
  timer = setTimeout(refresh, DEBOUNCE_MS);
}

function saveBlob(bytes, name, type) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([bytes], { type }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

const MEDIA = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  md: "text/markdown",
  txt: "text/plain",
  eml: "message/rfc822",
  zip: "application/zip",
};

async function download(button) {
  const centre = state.centre;
  if (!centre) return;
  state.showAll = true;
  const status = $("status");
  status.textContent = say("web.downloads.fonts");
  try {
    const part = await renderPartFor(centre.documents.map((d) => d.doc));
    if (button.dataset.zip) {
      const bytes = await part.centreZip(
        centre.documents.map((d) => d.prepared.spec),
        SITE_FORMATS,
        centre.loaded,
        centre.inputs,
        centre.text,
        state.attach || undefined,
      );
      saveBlob(bytes, button.dataset.zip, MEDIA.zip);
    } else {
      const path = button.dataset.file;
      const doc = centre.documents.find((d) => d.files.some((f) => f.path === path));
      const format = doc.files.find((f) => f.path === path).format;
      // A Dutch letter's e-mail carries the chosen translation of that letter too.
      const attached =
        format === "eml" && state.attach && !doc.prepared.spec.lang
          ? centre.documents.find((d) => d.key === `${doc.key}-${state.attach}`)
          : undefined;
      const [file] = await part.renderDocumentFiles(
        doc.prepared,
        [format],
        centre.loaded,
        centre.inputs,
        attached?.prepared,
      );
      saveBlob(file.bytes, path.split("/").at(-1), MEDIA[format]);
    }
    status.textContent = say("web.noProblems");
  } catch (error) {
    status.textContent = "";
    // A bug gets a plain sentence, never a stack trace.
    $("alert").textContent = failureMessage(state.lang, error);
  }
}

function saveProfile() {
  state.showAll = true;
  showProblems(state.lastProblems);
  const text = profileText();
  const id = /^\s*id:\s*([a-z0-9-]{1,64})\s*$/m.exec(text)?.[1] ?? "profiel";
  saveBlob(new TextEncoder().encode(text), `${id}.yaml`, "application/yaml");
  // The logo beside the profile, under the name its `logo:` gives (docs/usage.md).
  if (state.logo) {
    const name = (state.logoName ?? state.logo.name).split("/").at(-1);
    saveBlob(state.logo.data, name, state.logo.name.endsWith(".png") ? "image/png" : "image/jpeg");
  }
}

async function openFile(file) {
  const opened = openProfile(state.lang, file.name, new Uint8Array(await file.arrayBuffer()));
  const form = $("profile-form");
  state.showAll = true;
  state.logo = undefined;
  if (!opened.ok) {
    // Nothing of the previous centre stays: its letters are not this file's (issue 28).
    state.opened = undefined;
    state.logoName = undefined;
    form.reset();
    await refresh();
    $("status").textContent = say("web.profile.broken", { file: file.name });
    $("alert").textContent = [opened.message, ...opened.problems].join(" ");
    return;
  }
  fillForm(form, opened.values);
  showTranslationParts();
  state.logoName = typeof opened.values.logo === "string" ? opened.values.logo : undefined;
  state.opened = { file: file.name, text: opened.text };
  const logoInput = form.querySelector("[data-logo]");
  if (logoInput) logoInput.value = "";
  $("alert").textContent = "";
  await refresh();
  // Said after the form's verdict, so both are read out.
  $("status").textContent =
    `${say("web.profile.loaded", { file: file.name })} ${$("status").textContent}`;
}

async function checkUpload(file) {
  const result = $("check-result");
  result.replaceChildren();
  let target;
  try {
    const part = await checkPart();
    target = await part.checkFile(
      file.name,
      new Uint8Array(await file.arrayBuffer()),
      // Every translation: an edited one is told by its notice, whatever its file's name.
      await inputsForCheck(),
      state.centre?.loaded,
    );
  } catch (error) {
    result.textContent = failureMessage(state.lang, error);
    return;
  }
  const answer = checkedUpload(state.lang, target);
  const title = document.createElement("h3");
  title.textContent = answer.title;
  const list = document.createElement("ul");
  list.className = "clauses";
  let missing = 0;
  for (const clause of answer.clauses) {
    const ok = clause.status === "ok";
    if (!ok && clause.severity === "required") missing += 1;
    const li = document.createElement("li");
    li.className = ok ? "ok" : clause.severity === "required" ? "missing" : "warning";
    li.dataset.clause = clause.id;
    const stateText = ok
      ? say("web.check.ok")
      : clause.status === "scattered"
        ? say("web.check.scattered")
        : say("web.check.missing");
    const recommended = clause.severity === "required" ? "" : ` (${say("validate.recommended")})`;
    li.textContent = `${ok ? "✓" : "✗"} ${clause.label}${recommended}: ${stateText}${!ok && clause.missing.length > 0 ? ` — ${clause.missing.join("; ")}` : ""}`;
    list.append(li);
  }
  const verdict = document.createElement("p");
  verdict.className = missing === 0 ? "verdict ok" : "verdict missing";
  verdict.textContent =
    missing === 0 ? say("web.check.allOk") : say("web.check.failed", { count: missing });
  const problems = answer.problems.map((message) => {
    const el = document.createElement("p");
    el.className = "field-error";
    el.textContent = message;
    return el;
  });
  result.replaceChildren(title, verdict, ...problems, list);
  document.body.dataset.checkVersion = String(Number(document.body.dataset.checkVersion ?? 0) + 1);
}

function wire() {
  const form = $("profile-form");
  form.addEventListener("input", (event) => {
    const path = event.target.dataset?.path;
    if (path) state.touched.add(path);
    // An edited form is no longer the opened file: the letters come from the form from now on.
    if (path && state.opened) state.opened = undefined;
    if (path === "translations" || path === "tools") showTranslationParts();
    refreshSoon();
  });
  form.addEventListener("focusout", (event) => {
    const path = event.target.dataset?.path;
    if (path && !state.touched.has(path)) {
      state.touched.add(path);
      showProblems(state.lastProblems);
    }
  });
  $("preview-letter").addEventListener("change", refresh);
  $("attach-translation")?.addEventListener("change", (event) => {
    state.attach = event.target.value;
  });
  const logoInput = form.querySelector("[data-logo]");
  logoInput?.addEventListener("change", async () => {
    const file = logoInput.files?.[0];
    state.touched.add("logo");
    if (file && file.size > MAX_LOGO_BYTES) {
      errorSlot("logo").textContent = say("web.error.tooLarge", { max: MAX_LOGO_BYTES });
      logoInput.value = "";
      return;
    }
    state.logo = file
      ? { name: file.name, data: new Uint8Array(await file.arrayBuffer()) }
      : undefined;
    // A new logo (not the one the opened profile names) is saved under its own name.
    if (file && state.logoName && state.logoName.split("/").at(-1) !== file.name) {
      state.logoName = undefined;
      state.opened = undefined;
    }
    if (!file) state.opened = undefined;
    refreshSoon();
  });
  $("downloads").addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (button) download(button);
  });
  $("save-profile").addEventListener("click", saveProfile);
  $("open-profile").addEventListener("change", (event) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) openFile(file);
  });
  $("switch-language").addEventListener("click", (event) =>
    switchLanguage(event.target.dataset.lang),
  );
  $("check-file").addEventListener("change", (event) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) checkUpload(file);
  });
  const zone = $("check-zone");
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("dropping");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("dropping"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("dropping");
    const file = event.dataTransfer?.files?.[0];
    if (file) checkUpload(file);
  });
}

/** The page in a language: made again, with what was typed kept. */
function render(lang) {
  const values = document.getElementById("profile-form") ? readForm($("profile-form")) : undefined;
  state.lang = lang;
  document.documentElement.lang = lang === "nl" ? "nl-BE" : "en";
  document.title = `${say("web.title")} – clb-consent`;
  document.body.innerHTML = pageMarkup(lang);
  if (values) fillForm($("profile-form"), values);
  showTranslationParts();
  wire();
}

async function switchLanguage(lang) {
  render(lang);
  await refresh();
  $("switch-language").focus();
}

async function start() {
  usePrecompiledTemplates(precompiled);
  await loadInputs(loadScript);
  render(languageFromAddress());
  // What npm run bench reads (scripts/bench-web.js): when the form could first be used.
  performance.mark("clb-form-shown");
  await refresh();
}

start();
