import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { UserError } from "../../src/core/errors/user-error.js";
import { type InputSource, readText, within } from "../../src/core/files/input-source.js";
import { memorySource } from "../../src/core/files/memory-source.js";
import { diskSource } from "../../src/node/io/disk-source.js";
import { tempDir } from "../helpers/cli.js";

async function refusal(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!error) throw new Error("expected a refusal");
  return error as UserError;
}

/** "Coördinator" as Windows' "ANSI" writes it, on the second line: not UTF-8. */
const ANSI = Uint8Array.from([
  ...new TextEncoder().encode("id: clb-x\nname: Co"),
  0xf6,
  ...new TextEncoder().encode("rdinator\n"),
]);

describe("an InputSource in memory", () => {
  const source = memorySource(
    new Map<string, string | Uint8Array>([
      ["teams.md.hbs", "# Teams\n"],
      ["partials/rechten.md.hbs", "Je rechten.\n"],
      ["partials/klacht.md.hbs", "Klachten.\n"],
      ["guides/teams.md.hbs", "# Handleiding\n"],
      ["ansi.yaml", ANSI],
    ]),
    "pagina/templates",
  );

  it("reads a text by its name in the folder", async () => {
    expect(await readText(source, "partials/rechten.md.hbs", 100)).toBe("Je rechten.\n");
  });

  it("lists a folder's entries, and none of a folder it does not have", async () => {
    expect((await source.list("partials")).sort()).toEqual(["klacht.md.hbs", "rechten.md.hbs"]);
    expect((await source.list("")).sort()).toEqual([
      "ansi.yaml",
      "guides",
      "partials",
      "teams.md.hbs",
    ]);
    expect(await source.list("vertalingen")).toEqual([]);
  });

  it("names its files under its root in messages", async () => {
    expect(source.where("")).toBe("pagina/templates");
    expect(within(source, "guides").where("teams.md.hbs")).toBe(
      "pagina/templates/guides/teams.md.hbs",
    );
    expect(await readText(within(source, "guides"), "teams.md.hbs", 100)).toBe("# Handleiding\n");
  });

  it("refuses a missing file and one over the bound as a file on disk is refused", async () => {
    const missing = await refusal(source.read("praatbox.md.hbs", 100));
    expect(missing).toMatchObject({
      key: "error.fileMissing",
      params: { file: "pagina/templates/praatbox.md.hbs" },
    });
    const large = await refusal(source.read("teams.md.hbs", 4));
    expect(large).toMatchObject({
      key: "error.fileTooLarge",
      params: { file: "pagina/templates/teams.md.hbs", size: 8, max: 4 },
    });
  });
});

describe("the same files in memory and on disk", () => {
  async function both(files: Record<string, Uint8Array | string>): Promise<InputSource[]> {
    const dir = await tempDir("clb-input-source-");
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), content);
    }
    return [diskSource(dir), memorySource(new Map(Object.entries(files)), dir)];
  }

  it("give the same refusals, with the real path, line, column and field", async () => {
    const [disk, memory] = await both({ "ansi.yaml": ANSI, "klein.yaml": "a: b\n" });
    const fromDisk = await refusal(readText(disk!, "ansi.yaml", 1000));
    const fromMemory = await refusal(readText(memory!, "ansi.yaml", 1000));
    expect(fromDisk.key).toBe("error.notUtf8");
    expect(fromDisk.problems[0]).toMatchObject({ line: 2, column: 9 });
    expect(fromMemory.key).toBe(fromDisk.key);
    expect(fromMemory.params).toEqual(fromDisk.params);
    expect(fromMemory.problems).toEqual(fromDisk.problems);
    for (const [name, max] of [
      ["klein.yaml", 2],
      ["weg.yaml", 100],
    ] as const) {
      const a = await refusal(disk!.read(name, max));
      const b = await refusal(memory!.read(name, max));
      expect([b.key, b.params]).toEqual([a.key, a.params]);
    }
  });
});

describe("a folder on disk with redirects", () => {
  it("sends a file or a folder elsewhere, the longest name first, and keeps the rest", () => {
    const source = diskSource("/centrum/sjablonen", {
      "tools.yaml": "/pakket/templates/tools.yaml",
      guides: "/pakket/templates/guides",
      "guides/tool-guides.yaml": "/centrum/sjablonen/guides/tool-guides.yaml",
    });
    expect(source.where("")).toBe("/centrum/sjablonen");
    expect(source.where("teams.md.hbs")).toBe("/centrum/sjablonen/teams.md.hbs");
    expect(source.where("tools.yaml")).toBe("/pakket/templates/tools.yaml");
    expect(source.where("guides")).toBe("/pakket/templates/guides");
    expect(source.where("guides/partials/x.md.hbs")).toBe(
      "/pakket/templates/guides/partials/x.md.hbs",
    );
    expect(source.where("guides/tool-guides.yaml")).toBe(
      "/centrum/sjablonen/guides/tool-guides.yaml",
    );
    // Only whole names: "guidesx" is not in "guides".
    expect(source.where("guidesx/a")).toBe("/centrum/sjablonen/guidesx/a");
  });
});
