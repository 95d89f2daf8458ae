import { inflateRawSync } from "node:zlib";

/**
 * tiny-inflate's function, done by Node's zlib: decompresses raw DEFLATE `source` into `dest`
 * and gives `dest`, or the part of it that was filled. unicode-trie uses it on load to unpack
 * the Unicode tables of unicode-properties, linebreak and fontkit's shapers; tiny-inflate does
 * it in JavaScript, ~30 ms of every process and thread that makes a PDF (measured). Like
 * tiny-inflate, output beyond `dest` is cut off.
 */
export function inflateInto(source: Uint8Array, dest: Uint8Array): Uint8Array {
  const out = inflateRawSync(source);
  if (out.length < dest.length) {
    dest.set(out);
    return dest.slice(0, out.length);
  }
  dest.set(out.subarray(0, dest.length));
  return dest;
}
