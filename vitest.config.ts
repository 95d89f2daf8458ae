import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/interop/**"],
    // Processes and the batch's worker threads run the build; rebuilt here if a source is newer.
    globalSetup: ["tests/helpers/fresh-build.ts"],
    // vitest's default on 2 cores is one file at a time (cores - 1). Two at a time keep both
    // cores busy while a file waits for a child process or a batch's threads start.
    maxWorkers: 2,
    // Threads start faster than forked processes (36 files); no test needs a process of its own
    // (chdir, process.exit): the CLI runs in-process with absolute paths.
    pool: "threads",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
