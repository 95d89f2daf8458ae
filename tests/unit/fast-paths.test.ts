import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { installedVersions } from "../../src/node/batch/generator-version.js";
import "../../src/core/render/fast/docx.js";
import "../../src/core/render/fast/pdfkit.js";
import {
  allModuleStandIns,
  allReplacements,
  useFastPaths,
} from "../../src/core/render/fast/registry.js";
import { ROOT } from "../helpers/cli.js";

const require = createRequire(import.meta.url);

/** Every replacement docs/fast-paths.md describes, as library and method. */
function documented(): { library: string; version: string; name: string }[] {
  const table = readFileSync(path.join(ROOT, "docs", "fast-paths.md"), "utf8");
  const rows: { library: string; version: string; name: string }[] = [];
  for (const [, library, version, name] of table.matchAll(
    /^\|\s*(\S+)\s*\|\s*(\d\S*)\s*\|\s*`([^`]+)`\s*\|/gm,
  )) {
    rows.push({ library: library!, version: version!, name: name! });
  }
  return rows;
}

const label = (r: { library: string; name: string }) => `${r.library} ${r.name}`;

afterEach(() => useFastPaths(true));

describe("the replaced library internals (src/core/render/fast/)", () => {
  it("are all registered when their modules load, each one the docs describe", () => {
    const methods = new Set(allReplacements().map(label));
    const modules = new Set(allModuleStandIns().map((m) => `${m.library} ${m.id}`));
    const rows = documented();
    expect(rows.length).toBeGreaterThan(15);
    for (const row of rows) expect([...methods, ...modules]).toContain(label(row));
    for (const name of methods) expect(rows.map(label)).toContain(name);
  });

  it("replace methods the installed libraries have, at the versions the docs name", () => {
    const versions: Record<string, string> = {
      ...installedVersions(),
      "tiny-inflate": require(
        createRequire(require.resolve("fontkit")).resolve("tiny-inflate/package.json"),
      ).version,
      brotli: require(createRequire(require.resolve("fontkit")).resolve("brotli/package.json"))
        .version,
    };
    const rows = documented();
    expect(rows.length).toBeGreaterThan(15);
    for (const row of rows) {
      expect([label(row), versions[row.library]]).toEqual([label(row), row.version]);
    }
    for (const r of allReplacements()) {
      // The library's own function, not another replacement, or nothing left to replace.
      expect([label(r), typeof r.original]).toEqual([label(r), "function"]);
    }
  });

  it("replace modules the libraries still require, and are what they got", () => {
    for (const m of allModuleStandIns()) {
      const owner =
        m.requiredBy === "unicode-trie"
          ? createRequire(require.resolve("fontkit")).resolve("unicode-trie")
          : require.resolve(m.requiredBy);
      const source = readFileSync(owner, "utf8");
      const requires = [`require('${m.id}')`, `require("${m.id}")`].some((s) => source.includes(s));
      expect([m.library, m.id, requires]).toEqual([m.library, m.id, true]);
      // A built-in module's stand-in is the library's alone: gone from the cache once it loaded.
      expect([m.id, require.cache[m.file] !== undefined]).toEqual([m.id, !m.whileLoading]);
    }
  });

  it("switch off to the libraries' own methods, and on again", () => {
    const fast = allReplacements().filter((r) => r.kind === "fast path");
    useFastPaths(false);
    for (const r of fast) {
      const now = (r.target as Record<PropertyKey, unknown>)[r.key];
      expect([label(r), now === r.original]).toEqual([label(r), true]);
    }
    useFastPaths(true);
    for (const r of fast) {
      const now = (r.target as Record<PropertyKey, unknown>)[r.key];
      expect([label(r), now === r.replacement]).toEqual([label(r), true]);
    }
  });
});
