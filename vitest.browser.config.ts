import { defineConfig } from "vitest/config";

// The page in Debian's chromium (playwright-core, no browser download): slow to start on a
// small machine, and one browser at a time.
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
