import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeAtomic } from "../../src/node/output/write-atomic.js";
import { tempDir } from "../helpers/cli.js";
import { withWritesFailingHalfway } from "../helpers/failing-writes.js";

describe("writeAtomic", () => {
  it("makes the folders a letter goes to when they are missing", async () => {
    const file = path.join(await tempDir(), "a", "b", "brief.txt");
    await writeAtomic(file, new TextEncoder().encode("eerste"));
    expect(await readFile(file, "utf8")).toBe("eerste");
    expect(await readdir(path.dirname(file))).toEqual(["brief.txt"]);
  });

  it("replaces an existing file whole and leaves no temporary file", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "brief.txt");
    await writeFile(file, "oud");
    await writeAtomic(file, new TextEncoder().encode("nieuw"));
    expect(await readFile(file, "utf8")).toBe("nieuw");
    expect(await readdir(dir)).toEqual(["brief.txt"]);
  });

  it("fails where a file stands in place of the folder, and writes nothing", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "centrum"), "geen map");
    const file = path.join(dir, "centrum", "brief.txt");
    await expect(writeAtomic(file, new TextEncoder().encode("nieuw"))).rejects.toMatchObject({
      code: "ENOTDIR",
    });
    expect(await readdir(dir)).toEqual(["centrum"]);
    expect(await readFile(path.join(dir, "centrum"), "utf8")).toBe("geen map");
  });

  it("keeps the old file whole when the write fails half-way, and leaves no temporary file", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "brief.pdf");
    await writeFile(file, "de oude brief");
    const letter = new Uint8Array(64 * 1024).fill(0x41);
    await expect(withWritesFailingHalfway(() => writeAtomic(file, letter))).rejects.toMatchObject({
      code: "ENOSPC",
    });
    expect(await readFile(file, "utf8")).toBe("de oude brief");
    expect(await readdir(dir)).toEqual(["brief.pdf"]);
    // Without a file before it: no file at all, rather than half of one.
    const fresh = path.join(dir, "nieuw.pdf");
    await expect(withWritesFailingHalfway(() => writeAtomic(fresh, letter))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(["brief.pdf"]);
    // The writes work again afterwards.
    await writeAtomic(fresh, letter);
    expect((await readFile(fresh)).length).toBe(letter.length);
  });
});
