import MailComposer from "nodemailer/lib/mail-composer";
import { sha256Hex } from "./content-digest.js";

export interface EmlInput {
  readonly from: { readonly name: string; readonly address: string };
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The letter's date, YYYY-MM-DD: the e-mail's Date, never the clock. */
  readonly date: string;
  readonly attachment: { readonly fileName: string; readonly data: Uint8Array };
}

/**
 * Line breaks and other control characters out of a header value. Profile values are checked
 * long before they get here, and nodemailer encodes what it is given; this keeps even a value
 * that slipped past both from starting a header of its own.
 */
function oneLine(value: string): string {
  return value.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, " ").trim();
}

/**
 * A header value as it should be shown. nodemailer encodes only non-ASCII text, so an ASCII
 * value holding `=?` (`CLB =?UTF-8?B?...?=`) could be decoded by a mail program into other
 * text; a space after the `=` keeps it text.
 */
function literal(value: string): string {
  return oneLine(value).replaceAll("=?", "= ?");
}

/**
 * What the e-mail's identifiers are derived from: each text part, UTF-8, followed by a NUL,
 * then the attachment's bytes.
 */
function contentBytes(input: EmlInput): Uint8Array {
  const encoder = new TextEncoder();
  const parts = [
    input.from.name,
    input.from.address,
    input.subject,
    input.text,
    input.html,
    input.date,
    input.attachment.fileName,
  ].map((part) => encoder.encode(`${part}\0`));
  const bytes = new Uint8Array(
    parts.reduce((sum, part) => sum + part.length, input.attachment.data.length),
  );
  let at = 0;
  for (const part of [...parts, input.attachment.data]) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/**
 * A draft e-mail (RFC 5322, CRLF line ends) built by nodemailer's MailComposer, which encodes
 * every header and part; nothing here joins strings into MIME. `X-Unsent: 1` makes Outlook open
 * it as a draft to send; it has no recipient, since the staff member adds one. The same input
 * gives the same bytes: the date is the letter's, and the Message-ID and the MIME boundaries are
 * derived from the content instead of drawn at random.
 */
export async function composeEml(input: EmlInput): Promise<Uint8Array> {
  const digest = await sha256Hex(contentBytes(input));
  const domain = /@([a-z0-9.-]+)$/i.exec(input.from.address)?.[1] ?? "clb-consent.invalid";
  const composer = new MailComposer({
    from: { name: literal(input.from.name), address: oneLine(input.from.address) },
    subject: literal(input.subject),
    text: input.text,
    html: input.html,
    date: new Date(`${input.date}T00:00:00Z`),
    messageId: `<${digest.slice(0, 32)}@${domain}>`,
    baseBoundary: digest.slice(32, 48),
    headers: { "X-Unsent": "1" },
    attachments: [
      {
        filename: input.attachment.fileName,
        content: Buffer.from(input.attachment.data),
        contentType: "application/pdf",
        contentDisposition: "attachment",
      },
    ],
    // RFC 5322 wants CRLF; without this, the bodies keep the template's LF line ends.
    newline: "windows",
    // Never read a file or a URL named in the input.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return new Uint8Array(await composer.compile().build());
}
