// pdf.js's worker code, run in the page's thread (check-part.ts); it ships no types of its own.
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
