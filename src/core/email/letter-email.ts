import type { Document } from "../document/document.js";
import { DUTCH } from "../document/letter-words.js";
import { centreOf } from "../profile/centre-of.js";
import type { Profile } from "../profile/profile-schema.js";
import type { TemplateSet } from "../template/load-templates.js";
import { composeEml } from "./compose-eml.js";
import { emailBody } from "./email-draft.js";
import { loadEmailTemplate } from "./email-template.js";

/** The letter an e-mail carries: its PDF, the PDF's file name, and whom the letter addresses. */
export interface EmailLetter {
  readonly pdf: Uint8Array;
  /** Default `toestemming-<tool>.pdf`. */
  readonly fileName?: string;
  /** The parents' letter (`letter.parents` in the templates, as for the letters). */
  readonly parents?: boolean;
  /** PDFs attached after the letter's: its translations for information (`--translation`). */
  readonly more?: readonly { readonly fileName: string; readonly data: Uint8Array }[];
}

/**
 * The data the e-mail template sees: `centre` (the profile, as letters see it), `tool` (id and
 * name), `letter` (date, version, parents) and `email.attachment` (the PDF's file name).
 */
export function emailContext(doc: Document, profile: Profile, attachment: string, parents = false) {
  return {
    centre: centreOf(profile),
    tool: { id: doc.meta.tool, name: doc.meta.toolName },
    letter: { date: doc.meta.date, version: doc.meta.version, parents },
    email: { attachment },
  };
}

/** The pupil's letter's PDF name (`toestemming-teams.pdf`), where the caller names none. */
export function attachmentName(doc: Document): string {
  return `toestemming-${doc.meta.tool}.pdf`;
}

/**
 * The e-mail draft that carries one letter: the e-mail template filled in for the letter's
 * centre and tool, and the letter's PDF attached as it is.
 */
export async function letterEmail(
  doc: Document,
  profile: Profile,
  templates: TemplateSet,
  letter: EmailLetter,
): Promise<Uint8Array> {
  const template = await loadEmailTemplate(templates);
  const fileName = letter.fileName ?? attachmentName(doc);
  const context = emailContext(doc, profile, fileName, letter.parents ?? false);
  // The HTML part is marked with the language its text is in: the e-mail template's, which only
  // the Dutch templates have, also for a translation's letter (its lang and dir would make a
  // mail program read Dutch text as Arabic, right to left).
  const body = emailBody(template.render(context), template.file, DUTCH);
  return composeEml({
    from: { name: profile.name, address: profile.email },
    subject: body.subject,
    text: body.text,
    html: body.html,
    date: doc.meta.date,
    attachment: { fileName, data: letter.pdf },
    ...(letter.more && letter.more.length > 0 ? { more: letter.more } : {}),
  });
}
