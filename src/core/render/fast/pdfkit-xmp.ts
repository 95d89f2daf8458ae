import { fix } from "./registry.js";

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
  _addInfo(): void;
}

/**
 * Fix: pdfkit 0.20 copies the document info into its XMP metadata without escaping it, so a
 * centre named "A & B" makes the XMP invalid XML. The Info dictionary itself is written
 * (correctly) before the XMP; the values are escaped just while pdfkit writes the XMP.
 */
export function escapeXmpInfo(document: InfoHolder): void {
  fix(
    "pdfkit",
    "PDFDocument._addInfo",
    document,
    "_addInfo",
    (original) =>
      function escapedAddInfo(this: InfoHolder) {
        const saved = { ...this.info };
        for (const key of INFO_KEYS) {
          const value = this.info[key];
          if (typeof value === "string") this.info[key] = xmlEscape(value);
        }
        try {
          original.call(this);
        } finally {
          this.info = saved;
        }
      },
  );
}
