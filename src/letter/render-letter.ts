import type { Document } from "../document/document.js";
import { UserError } from "../errors/user-error.js";
import { readBoundedText } from "../files/read-bounded.js";
import { type LoadedProfile, MAX_PROFILE_BYTES } from "../profile/load-profile.js";
import { type Format, getRenderer } from "../render/registry.js";
import { codePointHex, UnprintableCharacterError } from "../render/unprintable.js";
import { parseYamlSource } from "../yaml/yaml-source.js";

/**
 * Renders one letter in one format. A character the PDF cannot show (no font of ours has it)
 * is reported with the profile field and line it comes from, instead of printing a box.
 */
export async function renderLetter(
  format: Format,
  doc: Document,
  loaded: LoadedProfile,
): Promise<Uint8Array> {
  try {
    return await (await getRenderer(format))(doc);
  } catch (error) {
    if (!(error instanceof UnprintableCharacterError)) throw error;
    const { file } = loaded;
    const params = { char: error.character, code: codePointHex(error.character) };
    const field = fieldContaining(loaded.profile, error.character);
    const where = field ? await locate(file, field) : {};
    throw new UserError("pdf.unprintable", { file }, [
      {
        file: field ? file : `${doc.meta.tool}.md.hbs`,
        ...where,
        ...(field ? { field: field.join(".") } : {}),
        key: "pdf.unprintableChar",
        params,
      },
    ]);
  }
}

/** The path of the first profile value that contains the character. */
function fieldContaining(value: unknown, char: string): (string | number)[] | undefined {
  if (typeof value === "string") return value.includes(char) ? [] : undefined;
  if (value === null || typeof value !== "object") return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = fieldContaining(child, char);
    if (found) return [Array.isArray(value) ? Number(key) : key, ...found];
  }
  return undefined;
}

async function locate(
  file: string,
  field: readonly (string | number)[],
): Promise<{ line?: number; column?: number }> {
  try {
    const { source } = parseYamlSource(file, await readBoundedText(file, MAX_PROFILE_BYTES));
    return source ? source.locate(field) : {};
  } catch {
    return {};
  }
}
