import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { profileYaml, runCli, tempDir } from "../helpers/cli.js";

// Issue 27, point 4: a centre name in Devanagari has no font in the PDF. `generate` advised
// `--formats`, which it does not have, and wrote nothing; the README said the other formats
// are still made. Now they are, and the PDF (and the e-mail that carries it) is refused once.
const dir = await tempDir();
const profile = path.join(dir, "devanagari.yaml");
await writeFile(profile, profileYaml({ name: 'name: "सीएलबी"', tools: "tools: [teams]" }));

describe("generate with a character no PDF font has", () => {
  it("makes every other format, and refuses the PDF and the e-mail once, naming the script", async () => {
    const out = path.join(dir, "all");
    const result = await runCli(["generate", "-p", profile, "-o", out, "-f", "pdf,eml,md,txt"]);
    expect(result.code).toBe(1);
    const files = (await readdir(path.join(out, "clb-test"))).sort();
    expect(files).toEqual([
      "handleiding-teams.md",
      "handleiding-teams.txt",
      "toestemming-teams-ouders.md",
      "toestemming-teams-ouders.txt",
      "toestemming-teams.md",
      "toestemming-teams.txt",
    ]);
    for (const file of files) expect(result.stdout).toContain(file);
    expect(result.stderr).toContain(
      "geen PDF en geen e-mail (die stuurt de PDF mee) voor toestemming-teams, toestemming-teams-ouders, handleiding-teams",
    );
    expect(result.stderr).toContain("De andere formaten zijn wel gemaakt.");
    // The character once, with its field, line and script, and advice that works.
    expect(result.stderr.match(/U\+0938/g)).toHaveLength(1);
    expect(result.stderr).toMatch(
      /devanagari\.yaml:2:\d+ {2}name: Het teken “स” \(U\+0938, schrift: Devanagari\)/,
    );
    expect(result.stderr).not.toContain("--formats");
  });

  it("with only the PDF asked for, writes nothing and names the -f that works", async () => {
    const out = path.join(dir, "pdf-only");
    const result = await runCli([
      "generate",
      "-p",
      profile,
      "-o",
      out,
      "-f",
      "pdf",
      "--lang",
      "en",
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no PDF for toestemming-teams, toestemming-teams-ouders");
    expect(result.stderr).toContain("Nothing was written: ask with -f for docx, md or txt too");
    expect(result.stderr).toContain("(U+0938, script: Devanagari)");
    await expect(readdir(out)).rejects.toMatchObject({ code: "ENOENT" });
  });
});

describe("an Arabic letter whose shaped glyph stands for no character", () => {
  // U+06CD's shaped form maps to an empty list of characters; mirroring it crashed with
  // "Invalid code point NaN" (src/core/render/fast/pdfkit-fonts.ts), found by the property test.
  it("is printed in the PDF, not a crash", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "clb-test.yaml");
    await writeFile(file, profileYaml({ name: "name: CLB ۍ", tools: "tools: [teams]" }));
    const out = path.join(dir, "out");
    const result = await runCli([
      "generate",
      "-p",
      file,
      "-f",
      "pdf",
      "--documents",
      "letters",
      "-o",
      out,
    ]);
    expect(result.stderr).not.toMatch(/Invalid code point|RangeError/);
    expect(result.code, result.stderr).toBe(0);
    expect((await readdir(path.join(out, "clb-test"))).sort()).toEqual([
      "toestemming-teams-ouders.pdf",
      "toestemming-teams.pdf",
    ]);
  });
});
