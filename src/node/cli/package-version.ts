import { readFileSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "../../paths.js";

/**
 * The version in package.json, which `--version` prints: read from the package itself, so the
 * number a user reports is the one npm installed (the bundle and dist/ sit beside it).
 */
export function packageVersion(): string {
  const text = readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}
