import { Buffer } from "node:buffer";
import { deflateSync } from "node:zlib";
import { replaceMethod } from "./fast-paths.js";

/**
 * pdfkit turns every line it writes (each drawing operator of a page, each line of an object)
 * into a Uint8Array of its own: thousands of small arrays per letter, each with its own buffer
 * for the garbage collector to track, joined again at the end of the stream. Here consecutive
 * text lines are kept as one string and turned into bytes once, when binary data follows or the
 * stream or document ends. A character becomes the low byte of its code, as pdfkit does (and as
 * Node's latin1 does), so the bytes are the same.
 */

const PENDING = Symbol("text not yet turned into bytes");

/** The parts of pdfkit's PDFReference (0.20) that this relies on. */
interface ReferenceInternals {
  [PENDING]?: string;
  compress: boolean;
  buffer: Uint8Array[];
  data: Record<string, unknown>;
  write(chunk: unknown): void;
  finalize(): void;
}

/** The parts of pdfkit's PDFDocument (0.20) that this relies on. */
interface DocumentInternals {
  [PENDING]?: string;
  _offset: number;
  _write(data: unknown): void;
  push(chunk: unknown): boolean;
  ref(data?: object): object;
}

const patched = new WeakSet<object>();

/** The text collected on a stream or document as bytes, and none collected any more. */
function takePending(holder: { [PENDING]?: string }): Buffer | undefined {
  const text = holder[PENDING];
  if (text === undefined) return undefined;
  holder[PENDING] = undefined;
  return Buffer.from(text, "latin1");
}

/**
 * zlib level for the streams pdfkit compresses itself (the pages' contents, above all). pdfkit
 * uses zlib's default, 6. Level 3 takes a quarter of the time for a PDF 1.5 % larger: measured
 * on an example letter, 0.79 -> 0.20 ms and 79.5 -> 80.7 kB.
 */
export const CONTENT_DEFLATE_LEVEL = 3;

/**
 * Byte arrays that are streamed whole by many letters (a font subset, the same object for every
 * letter with the same glyphs), with their compressed form once made.
 */
const compressedOnce = new WeakMap<Uint8Array, Uint8Array | undefined>();

/**
 * Marks bytes that letters will stream whole and as they are: a stream whose only content they
 * are is compressed once per process, with pdfkit's own zlib call (level 6), and the result is
 * reused. Compressing the font files was a sixth of a letter's time.
 */
export function compressOnceWhenStreamed(bytes: Uint8Array): void {
  if (!compressedOnce.has(bytes)) compressedOnce.set(bytes, undefined);
}

/**
 * A stream pdfkit would compress is compressed here, at CONTENT_DEFLATE_LEVEL (or taken from
 * compressOnceWhenStreamed's store), and handed on as compressed; pdfkit has already named the
 * filter. Not a replacement of the kind in fast-paths.ts: it changes the bytes (not the content),
 * with or without those.
 *
 * The font file is caught here, in a method of pdfkit's class: until 2026-11-30 it was caught by
 * functions set on each letter's objects during embed(), which kept the letters alive (see
 * replaceOnClass).
 */
function compressAtLevel(prototype: ReferenceInternals): void {
  const finalize = prototype.finalize;
  prototype.finalize = function (this: ReferenceInternals) {
    const only = this.buffer.length === 1 ? this.buffer[0]! : undefined;
    if (this.compress && only && compressedOnce.has(only)) {
      let compressed = compressedOnce.get(only);
      if (!compressed) {
        compressed = deflateSync(only);
        compressedOnce.set(only, compressed);
      }
      this.buffer = [compressed];
      this.compress = false;
    } else if (this.compress && this.buffer.length > 0) {
      this.buffer = [deflateSync(Buffer.concat(this.buffer), { level: CONTENT_DEFLATE_LEVEL })];
      this.compress = false;
    }
    finalize.call(this);
  };
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
function coalesceReferenceWrites(prototype: ReferenceInternals): void {
  if (patched.has(prototype)) return;
  patched.add(prototype);
  // First: the text collected below is flushed before this runs, with or without fast paths.
  compressAtLevel(prototype);
  const flush = (ref: ReferenceInternals, write: ReferenceInternals["write"]) => {
    const bytes = takePending(ref);
    if (bytes) write.call(ref, bytes);
  };
  let write: ReferenceInternals["write"];
  replaceMethod(prototype, "write", (original) => {
    write = original;
    return function (this: ReferenceInternals, chunk: unknown) {
      if (chunk instanceof Uint8Array) {
        flush(this, write);
        write.call(this, chunk);
      } else {
        this[PENDING] = `${this[PENDING] ?? ""}${chunk}\n`;
      }
    };
  });
  replaceMethod(
    prototype,
    "finalize",
    (finalize) =>
      function (this: ReferenceInternals) {
        flush(this, write);
        finalize.call(this);
      },
  );
}

/**
 * The document's own output (object headers, dictionaries, the cross-reference table): text is
 * collected and pushed to the stream as one chunk before binary data and at the end. The byte
 * offsets pdfkit keeps for the cross-reference table are counted as before.
 */
export function coalesceDocumentWrites(prototype: DocumentInternals): void {
  if (patched.has(prototype)) return;
  patched.add(prototype);
  const push = prototype.push;
  const flush = (doc: DocumentInternals) => {
    const bytes = takePending(doc);
    if (bytes) push.call(doc, bytes);
  };
  replaceMethod(
    prototype,
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
  replaceMethod(
    prototype,
    "push",
    () =>
      function (this: DocumentInternals, chunk: unknown) {
        // pdfkit ends the document with push(null): what is collected goes out first.
        if (chunk === null) flush(this);
        return push.call(this, chunk);
      },
  );
  // PDFReference is not exported: its prototype is taken from the first reference made.
  const ref = prototype.ref;
  prototype.ref = function (this: DocumentInternals, data?: object) {
    const made = ref.call(this, data);
    prototype.ref = ref;
    coalesceReferenceWrites(Object.getPrototypeOf(made) as ReferenceInternals);
    return made;
  };
}
