/*
 * node:crypto for nodemailer in the page's render part (scripts/site-options.js,
 * mailInTheBrowser). MimeNode draws a random base boundary for every node, children included,
 * even when the root's is given; only the root's is ever written (every part's boundary is
 * rootNode.baseBoundary, which the e-mail derives from its content). So the random bytes drawn
 * here never reach an e-mail: same-bytes.test.ts would see it if they did.
 */
import { Buffer } from "buffer";

export function randomBytes(size: number): Buffer {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(size)));
}

export default { randomBytes };
