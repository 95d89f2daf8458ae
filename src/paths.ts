import path from "node:path";
import { fileURLToPath } from "node:url";

/** The package's root folder, the same from src/ (tests), dist/ (compiled) and bundle/ (the CLI). */
export const PACKAGE_ROOT = fileURLToPath(new URL("../", import.meta.url));
export const DEFAULT_TEMPLATES_DIR = path.join(PACKAGE_ROOT, "templates");
