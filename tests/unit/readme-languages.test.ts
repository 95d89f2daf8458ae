import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, TEMPLATES } from "../helpers/cli.js";

describe("the README's table of languages", () => {
  it("lists every shipped language with its direction and whether a reader of it reviewed it", async () => {
    const readme = await readFile(path.join(ROOT, "README.md"), "utf8");
    const codes = await readdir(path.join(TEMPLATES, "lang"));
    expect(codes.length).toBeGreaterThanOrEqual(5);
    const rows = readme.split("\n").filter((line) => /^\| .* \| `[a-z]{2,3}` \|/.test(line));
    expect(rows.length).toBe(codes.length);
    for (const code of codes) {
      const data = parse(
        await readFile(path.join(TEMPLATES, "lang", code, "language.yaml"), "utf8"),
      ) as { nameNl: string; dir: string; reviewed: boolean };
      const row = rows.find((r) => r.includes(`| \`${code}\` |`));
      expect(row, code).toBeDefined();
      const cells = row!.split("|").map((c) => c.trim());
      expect(cells[1]).toContain(data.nameNl);
      expect(cells[3]).toBe(data.dir === "rtl" ? "rechts naar links" : "links naar rechts");
      expect(cells[4]).toBe(data.reviewed ? "ja" : "nog niet");
    }
  });
});
