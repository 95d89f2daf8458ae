/*
 * The last part of a file's name and its extension, without node:path: the check of a letter
 * runs in the page too, where a file is named by the user's upload (no folders) and in Node by
 * its path. Both separators count, as node:path counts them on Windows.
 */

/** The name after the last `/` or `\\` (path.basename). */
export function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
}

/** `.pdf` of `brief.PDF` kept as written, `""` for `.pdf` or `brief` (path.extname). */
export function extensionOf(file: string): string {
  const name = baseName(file);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot);
}
