import { readFile, writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { exampleLetterHashes, GOLDEN_FILE } from "./example-letters.js";

/**
 * The sha256 of every example letter, kept in tests/golden/letters.json: any change to a
 * letter's bytes shows in review. After a change made on purpose, `npm run golden:update`
 * writes the new values (see CONTRIBUTING.md); commit them with the reason.
 */
describe("the example letters", () => {
  it("have the bytes recorded in tests/golden/letters.json", async () => {
    const made = await exampleLetterHashes();
    if (process.env.GOLDEN_UPDATE === "1") {
      await writeFile(GOLDEN_FILE, `${JSON.stringify(made, null, 2)}\n`);
    }
    const golden = JSON.parse(await readFile(GOLDEN_FILE, "utf8")) as Record<string, string>;
    expect(Object.keys(made).length).toBeGreaterThanOrEqual(20);
    expect(made).toEqual(golden);
  });
});
