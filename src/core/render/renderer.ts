import type { Document } from "../document/document.js";

/**
 * What a renderer learns while it lays a document out, for its caller to tell the user; a
 * renderer that learns nothing leaves it empty.
 */
export interface LayoutNotes {
  /**
   * The pages the letter's first layer takes on paper (PDF): the pages before the one its second
   * layer starts on (Block `newPage`). Unset in a document without a second layer.
   */
  firstLayerPages?: number;
}

/**
 * Turns a Document into the bytes of one file format. Reads no files, knows no profiles. What it
 * learns of the layout it writes to `notes`, when given.
 */
export type Renderer = (doc: Document, notes?: LayoutNotes) => Promise<Uint8Array>;
