import { defineConfig } from "vitest/config";

/**
 * Test files that look at the libraries' internals as a module loads them: they read require's
 * cache (where the stand-ins are), require a library whose stand-in another file may have put
 * there, check what the fast paths do to a fresh module, or mock modules. Each gets a fresh
 * thread (see below); every other test file shares its thread's modules with the files before
 * it, and must leave them as it found them. A new test that does any of the above belongs here.
 */
const ISOLATED = [
  "tests/unit/fast-paths.test.ts",
  "tests/unit/fast-inflate.test.ts",
  "tests/unit/pdf-fast-paths.test.ts",
  "tests/unit/pdf-fonts.test.ts",
  "tests/unit/pdf-libraries.test.ts",
  "tests/unit/png-reader.test.ts",
  "tests/golden/generator-identity.test.ts",
  // Counts the calls of every replaced method: a font another file parsed earlier in a shared
  // thread is cached, and its tables are never read again (fontkit TTFFont._getTable).
  "tests/unit/fast-paths-identical.test.ts",
];
const NOT_HERE = ["tests/interop/**", "tests/browser/**", "node_modules/**"];

export default defineConfig({
  test: {
    exclude: NOT_HERE,
    // Processes and the batch's worker threads run the build; rebuilt here if a source is newer.
    // The batch's worker thread is also bundled from these very sources (tests/setup).
    globalSetup: ["tests/helpers/fresh-build.ts", "tests/setup/build-worker.ts"],
    // vitest's default on 2 cores is one file at a time (cores - 1). Two at a time keep both
    // cores busy while a file waits for a child process or a batch's threads start.
    maxWorkers: 2,
    // Threads start faster than forked processes; no test needs a process of its own (chdir,
    // process.exit): the CLI runs in-process with absolute paths.
    pool: "threads",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        // Files that load the libraries their own way (ISOLATED): each in a fresh thread.
        extends: true,
        test: {
          name: "unit",
          include: ISOLATED,
          isolate: true,
        },
      },
      {
        // Everything else: files share a thread's loaded modules and parsed fonts instead of
        // loading them again for each file, as one CLI process making many letters does.
        // Measured: about a third less CPU for the e2e files; for the unit, web, e-mail and
        // golden files, which paid 24 s of imports between them, see docs/performance.md.
        extends: true,
        test: {
          name: "shared",
          include: ["tests/**/*.test.ts"],
          exclude: [...ISOLATED, ...NOT_HERE],
          isolate: false,
        },
      },
    ],
  },
});
