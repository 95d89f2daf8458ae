type Subtle = typeof globalThis.crypto.subtle;

/**
 * The SHA-256 of `bytes`, in hex. Web Crypto where the runtime has it: Node 20, and a browser
 * page in a secure context (https, localhost, a file:// folder); a page served over plain http
 * has none, and gets the same function in JavaScript (@noble/hashes, pdfkit's own), loaded only
 * then. Both give the same digest: the e-mail's bytes do not depend on where it was made.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle: Subtle | undefined = globalThis.crypto?.subtle;
  const digest = subtle
    ? new Uint8Array(await subtle.digest("SHA-256", bytes))
    : (await import("@noble/hashes/sha2")).sha256(bytes);
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
