import { readFileSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "../paths.js";

/** "clb-consent 0.1.0": part of every letter's input hash, since new code may change the bytes. */
export const GENERATOR = `clb-consent ${
  (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string })
    .version
}`;
