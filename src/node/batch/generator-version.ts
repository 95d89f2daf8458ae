import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PACKAGE_ROOT } from "../../paths.js";

/**
 * Packages whose code or data shapes a letter's bytes, each found the way Node finds it: from
 * this package, or (nested) from the package named after the colon. A new version of any of
 * them may change a letter without a change to its inputs.
 */
export const BYTE_SHAPING_PACKAGES = [
  "pdfkit",
  "fontkit",
  "png-js:pdfkit",
  "linebreak:pdfkit",
  "docx",
  "fflate",
  "markdown-it",
  "handlebars",
  "bidi-js",
  "dejavu-fonts-ttf",
  "@expo-google-fonts/noto-sans-arabic",
  "@expo-google-fonts/noto-sans-ethiopic",
  "@expo-google-fonts/noto-sans-sc",
  "@expo-google-fonts/noto-sans-kr",
  "@expo-google-fonts/noto-emoji",
] as const;

interface PackageJson {
  readonly name?: string;
  readonly version?: string;
}

function readPackage(dir: string): PackageJson | undefined {
  const file = path.join(dir, "package.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as PackageJson) : undefined;
}

/** The folder Node loads package `name` from, looking up from `dir` as Node does. */
function packageDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The installed version of each byte-shaping package ("missing" if it cannot be found). */
export function installedVersions(root = PACKAGE_ROOT): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const entry of BYTE_SHAPING_PACKAGES) {
    const [name, parent] = entry.split(":") as [string, string | undefined];
    const parentDir = parent ? packageDir(parent, root) : root;
    const dir = parentDir && packageDir(name, parentDir);
    versions[name] = (dir && readPackage(dir)?.version) ?? "missing";
  }
  return versions;
}

/**
 * The build's fingerprint when running the bundled CLI (written by scripts/bundle.js: a hash of
 * the bundle's files), so that letters made by changed code are not taken for unchanged. Code
 * run from its sources (tests, the benchmark) has none.
 */
function buildFingerprint(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  if (path.basename(here) !== "bundle") return undefined;
  const file = path.join(here, "build-id.txt");
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}

/**
 * What made a letter, as the manifest records it and as part of every letter's input hash:
 * the tool's version, the exact versions of the libraries and fonts that shape the bytes,
 * Node's zlib (it compresses the PDF streams and the DOCX parts), and the build. When any of
 * them changes, a batch makes its letters again instead of calling them unchanged.
 */
export function generatorIdentity(
  tool: string,
  libraries: Readonly<Record<string, string>>,
  zlib: string,
  build?: string,
): string {
  const list = Object.entries(libraries)
    .map(([name, version]) => `${name} ${version}`)
    .join(", ");
  return `${tool}; ${list}; zlib ${zlib}${build ? `; build ${build}` : ""}`;
}

const own = readPackage(PACKAGE_ROOT);

export const GENERATOR = generatorIdentity(
  `clb-consent ${own?.version ?? "unknown"}`,
  installedVersions(),
  process.versions.zlib ?? "unknown",
  buildFingerprint(),
);
