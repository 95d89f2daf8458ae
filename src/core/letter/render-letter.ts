import type { Document } from "../document/document.js";
import type { EmailLetter } from "../email/letter-email.js";
import { UserError } from "../errors/user-error.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import { type Format, getRenderer } from "../render/registry.js";
import type { LayoutNotes } from "../render/renderer.js";
import { codePointHex, UnprintableCharacterError } from "../render/unprintable.js";
import type { TemplateSet } from "../template/load-templates.js";
import { scriptName } from "./script-name.js";

/**
 * Renders one letter in one format. A character the PDF cannot show (no font of ours has it)
 * is reported with the profile field and line it comes from, instead of printing a box. The
 * line is the one the profile's loader noted (LoadedProfile.positions): the file is not read again.
 */
export async function renderLetter(
  format: Format,
  doc: Document,
  loaded: LoadedProfile,
  templates: TemplateSet,
  /** For `eml`: the letter's PDF when the caller rendered it already, its name, its audience. */
  email?: Partial<EmailLetter>,
  /** The e-mail template's set, when it is not `templates` (a translation: the Dutch one). */
  emailTemplates: TemplateSet = templates,
  /** What the renderer learns of the layout (the PDF's first layer). */
  notes?: LayoutNotes,
): Promise<Uint8Array> {
  try {
    if (format === "eml") {
      // The e-mail carries the letter's PDF: the caller's, or made here as it is for the .pdf
      // file (the same bytes: rendering is reproducible).
      const { letterEmail } = await import("../email/letter-email.js");
      const pdf = email?.pdf ?? (await (await getRenderer("pdf"))(doc));
      return await letterEmail(doc, loaded.profile, emailTemplates, { ...email, pdf });
    }
    return await (await getRenderer(format))(doc, notes);
  } catch (error) {
    if (!(error instanceof UnprintableCharacterError)) throw error;
    const { file } = loaded;
    // The script tells a user why (a whole script has no font), not just which character.
    const params = {
      char: error.character,
      code: codePointHex(error.character),
      script: scriptName(error.character) ?? "term.script.other",
    };
    const field = fieldContaining(loaded.profile, error.character);
    if (field) {
      throw new UserError("pdf.unprintable", { file }, [
        {
          file,
          ...loaded.positions?.[field.join(".")],
          field: field.join("."),
          key: "pdf.unprintableChar",
          params,
        },
      ]);
    }
    // Not from the profile: from the letter's template or one of its partials.
    const template = [templates.letters.get(doc.meta.tool), ...templates.partials.values()].find(
      (t) => t?.source.includes(error.character),
    );
    throw new UserError("pdf.unprintable", { file }, [
      {
        file: template?.file ?? templates.dir,
        ...(template ? lineOf(template.source, error.character) : {}),
        key: "pdf.unprintableChar",
        params,
      },
    ]);
  }
}

/** Line and column (1-based) of the first occurrence of a character in a text. */
function lineOf(text: string, char: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(char)).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
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
