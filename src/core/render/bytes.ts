/**
 * Bytes without Node's Buffer, for code that runs in Node and in the browser. Where Node's
 * Buffer is there, it does the work (natively, faster); the bytes are the same either way.
 */

const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;

/** The chunks joined into one array (Buffer.concat). */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Each character as the low byte of its code, as pdfkit writes text (Buffer's "latin1"). */
export function latin1Bytes(text: string): Uint8Array {
  if (NodeBuffer) return NodeBuffer.from(text, "latin1");
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** Each byte as the character of that code (Buffer's "latin1"; TextDecoder's differs). */
export function latin1Text(bytes: Uint8Array): string {
  if (NodeBuffer) {
    return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  }
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return text;
}
