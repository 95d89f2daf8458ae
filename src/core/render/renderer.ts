import type { Document } from "../document/document.js";

/** Turns a Document into the bytes of one file format. Reads no files, knows no profiles. */
export type Renderer = (doc: Document) => Promise<Uint8Array>;
