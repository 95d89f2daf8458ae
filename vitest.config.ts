import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/interop/**", "tests/browser/**"],
    // End-to-end tests spawn the CLI; two cores run two files at a time.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
