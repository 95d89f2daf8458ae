// The form's fields <-> a profile's values, by each field's dotted path (data-path).

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
export function readForm(form) {
  const profile = {};
  for (const el of form.querySelectorAll("[data-path]")) {
    const path = el.dataset.path.split(".");
    const kind = el.dataset.kind;
    if (kind === "prose") {
      // A translated text's key is a dotted path itself: translated.<code>["retention.file"].
      if (el.value.trim() !== "")
        setPath(profile, ["translated", el.dataset.lang, el.dataset.key], el.value);
    } else if (kind === "choices") {
      const list = getPath(profile, path) ?? [];
      if (el.checked) list.push(el.value);
      setPath(profile, path, list);
    } else if (kind === "checkbox") {
      setPath(profile, path, el.checked);
    } else if (el.value.trim() !== "") {
      setPath(profile, path, kind === "number" ? Number(el.value) : el.value);
    }
  }
  return profile;
}

export function fillForm(form, values) {
  form.reset();
  for (const el of form.querySelectorAll("[data-path]")) {
    const kind = el.dataset.kind;
    const value =
      kind === "prose"
        ? getPath(values, ["translated", el.dataset.lang])?.[el.dataset.key]
        : getPath(values, el.dataset.path.split("."));
    if (kind === "choices") el.checked = Array.isArray(value) && value.includes(el.value);
    else if (kind === "checkbox") el.checked = value === true;
    else if (value !== undefined && value !== null && typeof value !== "object")
      el.value = String(value);
  }
}
