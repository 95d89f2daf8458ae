// The page's script: reads the form, asks the server (the same checks and letters as the CLI),
// and shows what it answers. It builds every element with textContent: values are data.
const texts = JSON.parse(document.getElementById("texts").textContent);
const say = (key, params = {}) =>
  (texts[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name) => String(params[name] ?? ""));

const form = document.getElementById("profile-form");
const statusLine = document.getElementById("status");
const alertLine = document.getElementById("alert");
const letterSelect = document.getElementById("preview-letter");
const preview = document.getElementById("preview");
const previewStatus = document.getElementById("preview-status");
const downloads = document.getElementById("downloads");
const logoInput = form.querySelector("[data-logo]");
const MAX_LOGO_BYTES = 2 * 1024 * 1024;

// Errors show for fields the user has touched, and for all once a profile is loaded or a
// download asked: a new form does not open in red.
const touched = new Set();
let showAll = false;
let logoName;
let lastProblems = [];

function setPath(target, path, value) {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key];
  }
  node[path.at(-1)] = value;
}

function getPath(source, path) {
  return path.reduce(
    (node, key) => (node && typeof node === "object" ? node[key] : undefined),
    source,
  );
}

/** The form as a profile object: empty fields are left out, as in a hand-written profile. */
function readForm() {
  const profile = {};
  for (const el of form.querySelectorAll("[data-path]")) {
    const path = el.dataset.path.split(".");
    const kind = el.dataset.kind;
    if (kind === "choices") {
      const list = getPath(profile, path) ?? [];
      if (el.checked) list.push(el.value);
      setPath(profile, path, list);
    } else if (kind === "checkbox") {
      setPath(profile, path, el.checked);
    } else if (el.value.trim() !== "") {
      setPath(profile, path, kind === "number" ? Number(el.value) : el.value);
    }
  }
  const logo = logoInput?.files?.[0];
  if (logo) profile.logo = logo.name;
  else if (logoName) profile.logo = logoName;
  return profile;
}

function fillForm(values) {
  form.reset();
  for (const el of form.querySelectorAll("[data-path]")) {
    const value = getPath(values, el.dataset.path.split("."));
    const kind = el.dataset.kind;
    if (kind === "choices") el.checked = Array.isArray(value) && value.includes(el.value);
    else if (kind === "checkbox") el.checked = value === true;
    else if (value !== undefined && value !== null && typeof value !== "object")
      el.value = String(value);
  }
  logoName = typeof values.logo === "string" ? values.logo : undefined;
}

function errorSlot(field) {
  const parts = field ? field.split(".") : [];
  while (parts.length > 0) {
    const slot = form.querySelector(`[data-error-for="${CSS.escape(parts.join("."))}"]`);
    if (slot) return slot;
    parts.pop();
  }
  return undefined;
}

function isShown(field) {
  if (showAll || !field) return true;
  return [...touched].some(
    (path) => path === field || field.startsWith(`${path}.`) || path.startsWith(`${field}.`),
  );
}

function showProblems(problems) {
  lastProblems = problems;
  const messages = new Map();
  const general = [];
  for (const problem of problems) {
    if (!isShown(problem.field)) continue;
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
  alertLine.textContent = general.join(" ");
  statusLine.textContent =
    problems.length === 0 ? say("web.noProblems") : say("web.problems", { count: problems.length });
}

async function post(url, body, headers = {}) {
  let response;
  try {
    response = await fetch(url, { method: "POST", body, headers });
  } catch (error) {
    alertLine.textContent = say("web.error.offline");
    throw error;
  }
  if (!response.ok) {
    const answer = await response.json().catch(() => ({}));
    alertLine.textContent = [answer.error, ...(answer.problems ?? []).map((p) => p.message)]
      .filter(Boolean)
      .join(" ");
    throw new Error(answer.error ?? String(response.status));
  }
  return response;
}

function runsInto(parent, runs) {
  for (const run of runs) {
    let node = document.createTextNode(run.text);
    if (run.italic) node = wrap("em", node);
    if (run.bold) node = wrap("strong", node);
    if (run.href && /^(https?:|mailto:)/i.test(run.href)) {
      const link = wrap("a", node);
      link.href = run.href;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      node = link;
    }
    parent.append(node);
  }
}

function wrap(tag, child) {
  const el = document.createElement(tag);
  el.append(child);
  return el;
}

function blocksInto(parent, blocks) {
  for (const block of blocks) {
    if (block.type === "heading") {
      // The page's own headings are h1 and h2: the letter's start at h3.
      const el = document.createElement(`h${Math.min(block.level + 2, 6)}`);
      runsInto(el, block.runs);
      parent.append(el);
    } else if (block.type === "paragraph") {
      const el = document.createElement("p");
      runsInto(el, block.runs);
      parent.append(el);
    } else if (block.type === "list") {
      const el = document.createElement(block.ordered ? "ol" : "ul");
      if (block.ordered && block.start !== 1) el.start = block.start;
      for (const item of block.items) {
        const li = document.createElement("li");
        blocksInto(li, item.blocks);
        el.append(li);
      }
      parent.append(el);
    }
  }
}

function showLetters(answer) {
  const chosen = letterSelect.value;
  letterSelect.replaceChildren(
    ...answer.letters.map((letter) => {
      const option = document.createElement("option");
      option.value = letter.key;
      option.textContent = letter.label;
      return option;
    }),
  );
  letterSelect.value = answer.letters.some((l) => l.key === chosen) ? chosen : answer.preview.key;
  preview.replaceChildren();
  blocksInto(preview, answer.preview.blocks);
  previewStatus.textContent = say("web.preview.updated", { title: answer.preview.label });
  downloads.replaceChildren(
    ...answer.files.map((file) => {
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.file = file.name;
      button.textContent = file.letter ? file.name : `${say("web.downloads.all")} (${file.name})`;
      return wrap("li", button);
    }),
  );
}

let pending;
let timer;
/** Asks for the preview; a newer keystroke cancels the older request. */
async function refresh() {
  pending?.abort();
  const controller = new AbortController();
  pending = controller;
  let answer;
  try {
    const response = await fetch("/api/preview", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ profile: readForm(), letter: letterSelect.value }),
      signal: controller.signal,
    });
    answer = await response.json();
    if (!response.ok) {
      alertLine.textContent = answer.error ?? "";
      return;
    }
  } catch (error) {
    if (error.name !== "AbortError") alertLine.textContent = say("web.error.offline");
    return;
  }
  if (pending !== controller) return;
  if (alertLine.textContent === say("web.error.offline")) alertLine.textContent = "";
  showProblems(answer.problems);
  if (answer.ok) {
    showLetters(answer);
  } else {
    // The last letter without errors stays in view while a field is being fixed; downloads
    // wait until the form is in order again.
    downloads.replaceChildren();
    previewStatus.textContent = say("web.preview.waiting");
  }
  document.body.dataset.previewVersion = String(
    Number(document.body.dataset.previewVersion ?? 0) + 1,
  );
}

// Short enough to feel immediate, long enough that a fast typist sends one request a word.
const DEBOUNCE_MS = 60;
function refreshSoon() {
  clearTimeout(timer);
  timer = setTimeout(refresh, DEBOUNCE_MS);
}

form.addEventListener("input", (event) => {
  if (event.target.dataset?.path) touched.add(event.target.dataset.path);
  refreshSoon();
});
form.addEventListener("focusout", (event) => {
  if (event.target.dataset?.path && !touched.has(event.target.dataset.path)) {
    touched.add(event.target.dataset.path);
    showProblems(lastProblems);
  }
});
letterSelect.addEventListener("change", refresh);

logoInput?.addEventListener("change", () => {
  const file = logoInput.files?.[0];
  touched.add("logo");
  const slot = errorSlot("logo");
  if (file && file.size > MAX_LOGO_BYTES) {
    slot.textContent = say("web.error.tooLarge", { max: MAX_LOGO_BYTES });
    logoInput.value = "";
  }
  refreshSoon();
});

function saveBlob(blob, name) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function formWithProfile() {
  const data = new FormData();
  data.append("profile", JSON.stringify(readForm()));
  const logo = logoInput?.files?.[0];
  if (logo) data.append("logo", logo, logo.name);
  return data;
}

downloads.addEventListener("click", async (event) => {
  const name = event.target.closest("button")?.dataset.file;
  if (!name) return;
  showAll = true;
  statusLine.textContent = say("web.downloads.busy", { file: name });
  try {
    const response = await post(`/api/files/${encodeURIComponent(name)}`, formWithProfile());
    saveBlob(await response.blob(), name);
    statusLine.textContent = "";
  } catch {
    statusLine.textContent = "";
  }
});

document.getElementById("save-profile").addEventListener("click", async () => {
  const profile = readForm();
  showAll = true;
  showProblems(lastProblems);
  try {
    const response = await post("/api/profile/save", JSON.stringify({ profile }), {
      "content-type": "application/json",
    });
    saveBlob(
      await response.blob(),
      `${typeof profile.id === "string" && profile.id ? profile.id : "profiel"}.yaml`,
    );
  } catch {
    // The message is on the page already.
  }
});

document.getElementById("open-profile").addEventListener("change", async (event) => {
  const file = event.target.files?.[0];
  if (!file) return;
  event.target.value = "";
  try {
    const response = await post(`/api/profile/load?name=${encodeURIComponent(file.name)}`, file, {
      "content-type": "application/yaml",
    });
    const answer = await response.json();
    fillForm(answer.values);
    showAll = true;
    alertLine.textContent = "";
    await refresh();
    // Said after the form's verdict, so both are read out.
    statusLine.textContent = `${say("web.profile.loaded", { file: answer.file })} ${statusLine.textContent}`;
  } catch {
    // The message is on the page already.
  }
});

const checkZone = document.getElementById("check-zone");
const checkResult = document.getElementById("check-result");

async function checkLetter(file) {
  const data = new FormData();
  data.append("letter", file, file.name);
  data.append("profile", JSON.stringify(readForm()));
  checkResult.replaceChildren();
  let answer;
  try {
    answer = await (await post("/api/check-letter", data)).json();
  } catch {
    checkResult.textContent = alertLine.textContent;
    return;
  }
  const title = document.createElement("h3");
  title.textContent = say("web.check.result", { file: answer.file, tool: answer.tool ?? "?" });
  const list = document.createElement("ul");
  list.className = "clauses";
  let missing = 0;
  for (const clause of answer.clauses) {
    const ok = clause.status === "ok";
    if (!ok && clause.severity === "required") missing += 1;
    const li = document.createElement("li");
    li.className = ok ? "ok" : clause.severity === "required" ? "missing" : "warning";
    li.dataset.clause = clause.id;
    const state = ok
      ? say("web.check.ok")
      : clause.status === "scattered"
        ? say("web.check.scattered")
        : say("web.check.missing");
    const recommended = clause.severity === "required" ? "" : ` (${say("validate.recommended")})`;
    li.textContent = `${ok ? "✓" : "✗"} ${clause.label}${recommended}: ${state}${!ok && clause.missing.length > 0 ? ` — ${clause.missing.join("; ")}` : ""}`;
    list.append(li);
  }
  const verdict = document.createElement("p");
  verdict.className = missing === 0 ? "verdict ok" : "verdict missing";
  verdict.textContent =
    missing === 0 ? say("web.check.allOk") : say("web.check.failed", { count: missing });
  const problems = answer.problems.map((p) => {
    const el = document.createElement("p");
    el.className = "field-error";
    el.textContent = p.message;
    return el;
  });
  checkResult.replaceChildren(title, verdict, ...problems, list);
}

document.getElementById("check-file").addEventListener("change", (event) => {
  const file = event.target.files?.[0];
  event.target.value = "";
  if (file) checkLetter(file);
});
checkZone.addEventListener("dragover", (event) => {
  event.preventDefault();
  checkZone.classList.add("dropping");
});
checkZone.addEventListener("dragleave", () => checkZone.classList.remove("dropping"));
checkZone.addEventListener("drop", (event) => {
  event.preventDefault();
  checkZone.classList.remove("dropping");
  const file = event.dataTransfer?.files?.[0];
  if (file) checkLetter(file);
});

refresh();
