import { defineConfig } from "vitest/config";

/** Test files that share their thread's modules with the files before them (see below). */
const SHARED = ["tests/e2e/**/*.test.ts", "tests/properties/**/*.test.ts"];

export default defineConfig({
  test: {
    exclude: ["tests/interop/**", "tests/browser/**", "node_modules/**"],
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
        // Unit tests look at the libraries' internals as a module loads them (stand-ins in
        // require's cache, fast paths on and off): each file gets a fresh thread. So does any
        // test folder not named below.
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: [...SHARED, "tests/interop/**", "tests/browser/**", "node_modules/**"],
          isolate: true,
        },
      },
      {
        // The CLI and the pipeline as a user runs them, where one process makes many letters
        // anyway: files share a thread's loaded modules and parsed fonts instead of loading
        // them again for each file (measured: about a third less CPU for the whole suite).
        extends: true,
        test: {
          name: "cli",
          include: SHARED,
          isolate: false,
        },
      },
    ],
  },
});
