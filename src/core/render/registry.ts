import type { Renderer } from "./renderer.js";

/**
 * Every output format, loaded on first use so a run imports only what its formats need
 * (pdfkit and docx are heavy to import). Adding a format is a module and a line here.
 */
const LOADERS = {
  pdf: async () => (await import("./render-pdf.js")).renderPdf,
  docx: async () => (await import("./render-docx.js")).renderDocx,
  md: async () => (await import("./render-md.js")).renderMd,
  txt: async () => (await import("./render-txt.js")).renderTxt,
  eml: async () => (await import("./render-eml.js")).renderEml,
} as const satisfies Record<string, () => Promise<Renderer>>;

export type Format = keyof typeof LOADERS;
export const FORMATS = Object.keys(LOADERS) as Format[];
export const DEFAULT_FORMATS: readonly Format[] = ["pdf", "docx", "md", "txt"];

export function isFormat(value: string): value is Format {
  return Object.hasOwn(LOADERS, value);
}

const cache = new Map<Format, Promise<Renderer>>();

export function getRenderer(format: Format): Promise<Renderer> {
  let renderer = cache.get(format);
  if (!renderer) {
    renderer = LOADERS[format]();
    cache.set(format, renderer);
  }
  return renderer;
}
