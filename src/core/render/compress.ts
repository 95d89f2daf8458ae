import CRC32 from "crc-32";
import { deflateSync, zlibSync } from "fflate";

/**
 * Every byte the renderers compress (the PDF's streams, the DOCX's zip parts) goes through
 * here, in JavaScript (fflate, pinned), never through Node's zlib. Node's zlib is Chromium's
 * fork of zlib and gives other bytes than other builds of zlib, and other bytes from one Node
 * version to the next (measured 2026-12-06: none of eight samples gave the same bytes as pako,
 * a port of upstream zlib). With one JavaScript implementation a letter has the same bytes on
 * every Node version, every machine and in the browser (issue 28), so a manifest's hash proves
 * which text was agreed to wherever it is checked. It costs time: about 3 ms more per PDF and
 * DOCX pair than Node's zlib on 2 cores (see docs/performance.md).
 */

/** `data` compressed with DEFLATE at `level` in a zlib wrapper (a PDF's FlateDecode stream). */
export function deflateZlib(data: Uint8Array, level: CompressionLevel = 6): Uint8Array {
  return zlibSync(data, { level });
}

/** `data` compressed with raw DEFLATE at `level` (a zip entry, method 8). */
export function deflateRaw(data: Uint8Array, level: CompressionLevel = 6): Uint8Array {
  return deflateSync(data, { level });
}

/** The zip's (and PNG's) CRC-32 of `data`, as an unsigned number. */
export function crc32(data: Uint8Array): number {
  return CRC32.buf(data) >>> 0;
}

/** zlib's levels; 6 is zlib's default and pdfkit's. */
export type CompressionLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
