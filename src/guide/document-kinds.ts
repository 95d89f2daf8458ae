/** The kinds of document `generate` and `batch` make per tool: letters and staff guides. */
export const DOCUMENT_KINDS = ["letters", "guides"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}
