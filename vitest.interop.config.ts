import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Batch tests with several jobs run the worker thread built from these sources.
    globalSetup: ["tests/setup/build-worker.ts"],
    include: ["tests/interop/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // LibreOffice does not like two instances sharing a profile; run files one by one.
    fileParallelism: false,
  },
});
