import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/interop/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // LibreOffice does not like two instances sharing a profile; run files one by one.
    fileParallelism: false,
  },
});
