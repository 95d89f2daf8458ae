import { createHash } from "node:crypto";

export function sha256(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) {
    hash.update(typeof part === "string" ? Buffer.from(part, "utf8") : part);
    hash.update("\0");
  }
  return hash.digest("hex");
}

/**
 * The plain SHA-256 of some files' bytes one after the other, as `cat a b | sha256sum` prints
 * it: an inspector can recompute every hash in the manifest with standard tools.
 */
export function fileSha256(...data: readonly Uint8Array[]): string {
  const hash = createHash("sha256");
  for (const part of data) hash.update(part);
  return hash.digest("hex");
}
