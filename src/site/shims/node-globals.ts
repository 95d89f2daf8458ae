/*
 * The globals of Node that nodemailer's MailComposer uses, for the page's render part only
 * (injected by scripts/site-options.js, mailInTheBrowser): Buffer (the buffer package, which
 * encodes base64 as Node does), process (for readable-stream) and setImmediate, which MimeNode
 * calls between parts. The order of its callbacks is kept: they run in turn, after the current
 * task, as in Node.
 */
import { Buffer } from "buffer";
import process from "process";

function setImmediate(callback: (...args: unknown[]) => void, ...args: unknown[]): number {
  return globalThis.setTimeout(callback, 0, ...args) as unknown as number;
}

export { Buffer, process, setImmediate };
