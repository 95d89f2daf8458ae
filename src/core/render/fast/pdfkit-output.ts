import { concatBytes, latin1Bytes } from "../bytes.js";
import { deflateZlib } from "../compress.js";
import { FONT_FILES } from "./fontkit.js";
import { fastPath, fix } from "./registry.js";

/**
 * How pdfkit's output becomes bytes. pdfkit turns every line it writes (each drawing operator
 * of a page, each line of an object) into a Uint8Array of its own: thousands of small arrays
 * per letter, joined again at the end of the stream. With the fast paths, consecutive text
 * lines are kept as one string and turned into bytes once, when binary data follows or the
 * stream or document ends. A character becomes the low byte of its code, as pdfkit does (and as
 * Node's latin1 does), so the bytes are the same.
 */

const PENDING = Symbol("text not yet turned into bytes");

/** The parts of pdfkit's PDFReference (0.20) that this relies on. */
export interface ReferenceInternals {
  [PENDING]?: string;
  compress: boolean;
  buffer: Uint8Array[];
  data: Record<string, unknown>;
  write(chunk: unknown): void;
  finalize(): void;
}

/** The parts of pdfkit's PDFDocument (0.20) that this relies on. */
export interface DocumentInternals {
  [PENDING]?: string;
  _offset: number;
  _write(data: unknown): void;
  push(chunk: unknown): boolean;
}

/** The text collected on a stream or document as bytes, and none collected any more. */
function takePending(holder: { [PENDING]?: string }): Uint8Array | undefined {
  const text = holder[PENDING];
  if (text === undefined) return undefined;
  holder[PENDING] = undefined;
  return latin1Bytes(text);
}

/**
 * zlib level for the streams pdfkit compresses itself (the pages' contents, above all). pdfkit
 * uses zlib's default, 6. Level 3 takes a quarter of the time for a PDF 1.5 % larger: measured
 * on an example letter, 0.79 -> 0.20 ms and 79.5 -> 80.7 kB. Font files keep the default.
 */
export const CONTENT_DEFLATE_LEVEL = 3;

/** Font files compressed once per process: many letters stream the same encoded subset. */
const compressedFonts = new WeakMap<Uint8Array, Uint8Array>();

/**
 * Fix of PDFReference.finalize: a stream pdfkit would compress is compressed here, at
 * CONTENT_DEFLATE_LEVEL, or at zlib's default when it is a font file (compressed once, see
 * FONT_FILES), and handed on as compressed; pdfkit has already named the filter. It changes
 * the bytes (not the content), so it stays on with the fast paths off. Text the fast path
 * below collected is turned into bytes first.
 */
export function compressAtLevel(reference: ReferenceInternals): void {
  // pdfkit's own write: the collected text must not be collected again.
  const write = reference.write;
  fix(
    "pdfkit",
    "PDFReference.finalize",
    reference,
    "finalize",
    (finalize) =>
      function (this: ReferenceInternals) {
        const pending = takePending(this);
        if (pending) write.call(this, pending);
        const only = this.buffer.length === 1 ? this.buffer[0]! : undefined;
        if (this.compress && only && FONT_FILES.has(only)) {
          let compressed = compressedFonts.get(only);
          if (!compressed) {
            compressed = deflateZlib(only);
            compressedFonts.set(only, compressed);
          }
          this.buffer = [compressed];
          this.compress = false;
        } else if (this.compress && this.buffer.length > 0) {
          this.buffer = [deflateZlib(concatBytes(this.buffer), CONTENT_DEFLATE_LEVEL)];
          this.compress = false;
        }
        finalize.call(this);
      },
  );
}

/**
 * Ends a stream with bytes compressed already (kept from an earlier letter), marked as such:
 * what pdfkit writes for a stream it compresses itself, without compressing again.
 */
export function endCompressed(
  ref: Pick<ReferenceInternals, "compress" | "data" | "write" | "finalize">,
  compressed: Uint8Array,
): void {
  ref.compress = false;
  ref.write(compressed);
  ref.data.Filter = "FlateDecode";
  ref.finalize();
}

/** Streams (page contents, above all): text lines are collected until bytes are needed. */
export function coalesceReferenceWrites(reference: ReferenceInternals): void {
  fastPath(
    "pdfkit",
    "PDFReference.write",
    reference,
    "write",
    (write) =>
      function (this: ReferenceInternals, chunk: unknown) {
        if (chunk instanceof Uint8Array) {
          const pending = takePending(this);
          if (pending) write.call(this, pending);
          write.call(this, chunk);
        } else {
          this[PENDING] = `${this[PENDING] ?? ""}${chunk}\n`;
        }
      },
  );
}

/**
 * The document's own output (object headers, dictionaries, the cross-reference table): text is
 * collected and pushed to the stream as one chunk before binary data and at the end. The byte
 * offsets pdfkit keeps for the cross-reference table are counted as before.
 */
export function coalesceDocumentWrites(document: DocumentInternals): void {
  const push = document.push;
  const flush = (doc: DocumentInternals) => {
    const bytes = takePending(doc);
    if (bytes) push.call(doc, bytes);
  };
  fastPath(
    "pdfkit",
    "PDFDocument._write",
    document,
    "_write",
    (writeOut) =>
      function (this: DocumentInternals, data: unknown) {
        if (data instanceof Uint8Array) {
          flush(this);
          writeOut.call(this, data);
          return;
        }
        const text = `${data}\n`;
        this[PENDING] = (this[PENDING] ?? "") + text;
        this._offset += text.length;
      },
  );
  fastPath(
    "pdfkit",
    "PDFDocument.push",
    document,
    "push",
    () =>
      function (this: DocumentInternals, chunk: unknown) {
        // pdfkit ends the document with push(null): what is collected goes out first.
        if (chunk === null) flush(this);
        return push.call(this, chunk);
      },
  );
}
