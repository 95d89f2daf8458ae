import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { TEMPLATES, tempDir } from "./cli.js";

/** An edit of one shipped template file: `remove` is cut out, or replaced by `with`. */
export interface TemplateEdit {
  readonly file: string;
  readonly remove: RegExp;
  readonly with?: string;
}

/** A copy of the shipped templates with the edits applied; an edit that matches nothing throws. */
export async function editedTemplates(edits: readonly TemplateEdit[]): Promise<string> {
  const dir = path.join(await tempDir("clb-edit-"), "templates");
  await cp(TEMPLATES, dir, { recursive: true });
  for (const edit of edits) {
    const file = path.join(dir, edit.file);
    const before = await readFile(file, "utf8");
    const after = before.replace(edit.remove, edit.with ?? "");
    if (after === before) throw new Error(`edit of ${edit.file} matched nothing: ${edit.remove}`);
    await writeFile(file, after);
  }
  return dir;
}

/** Removes a whole Markdown paragraph that starts with `start` (up to the blank line). */
export function paragraph(start: string): RegExp {
  return new RegExp(
    `${start.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^\\n]*(\\n(?!\\n)[^\\n]*)*\\n*`,
  );
}
