import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Batch tests with several jobs run the worker thread built from these sources.
    globalSetup: ["tests/setup/build-worker.ts"],
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/interop/**"],
    // End-to-end tests spawn the CLI; two cores run two files at a time.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
