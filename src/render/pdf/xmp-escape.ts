import { replaceOnClass } from "./fast-paths.js";

/** Escapes text for XML content, as in the PDF's XMP metadata. */
export function xmlEscape(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const INFO_KEYS = ["Title", "Author", "Subject", "Keywords", "Creator", "Producer"] as const;

interface InfoHolder {
  info: Record<string, unknown>;
  _addInfo?: () => void;
}

/**
 * pdfkit 0.20 copies the document info into its XMP metadata without escaping it, so a centre
 * named "A & B" makes the XMP invalid XML. The Info dictionary itself is written (correctly)
 * before the XMP; here the values are escaped just while pdfkit writes the XMP. pdfkit's method
 * is replaced on the document's class (see replaceOnClass).
 */
export function escapeXmpInfo(doc: object): void {
  const holder = Object.getPrototypeOf(doc) as InfoHolder;
  if (typeof holder._addInfo !== "function") return;
  replaceOnClass(
    holder,
    "_addInfo",
    (original) =>
      function escapedAddInfo(this: InfoHolder) {
        const saved = { ...this.info };
        for (const key of INFO_KEYS) {
          const value = this.info[key];
          if (typeof value === "string") this.info[key] = xmlEscape(value);
        }
        try {
          original!.call(this);
        } finally {
          this.info = saved;
        }
      },
  );
}
