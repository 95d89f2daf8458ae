/*
 * node:path for the check part only (check.js): src/node/validate/ names files with basename and
 * extname, on names the page gives (an uploaded file's name, no folders). Until the letter
 * check moves into the core (issue 28, part 1), the site's build maps node:path here.
 */
const base = (file: string) => file.slice(file.lastIndexOf("/") + 1);

export function basename(file: string, ext?: string): string {
  const name = base(file);
  return ext && name.endsWith(ext) ? name.slice(0, name.length - ext.length) : name;
}

export function extname(file: string): string {
  const name = base(file);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot);
}

export function dirname(file: string): string {
  const slash = file.lastIndexOf("/");
  return slash < 0 ? "." : file.slice(0, slash) || "/";
}

export function join(...parts: string[]): string {
  return parts.filter((p) => p !== "").join("/");
}

const path = { basename, extname, dirname, join, sep: "/" };
export const posix = path;
export default { ...path, posix };
