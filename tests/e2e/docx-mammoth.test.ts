import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { PROFILES, runCli, tempDir } from "../helpers/cli.js";

// Issue 31, part 4: "Word found unreadable content" is what users of DOCX generators complain
// of most. Besides LibreOffice (tests/interop), every shipped DOCX is read by a second parser,
// mammoth, which must report nothing it could not read: letters of both audiences and the
// guides of every example profile.

const out = path.join(await tempDir("clb-mammoth-"), "out");
const made = await runCli([
  "batch",
  "--profiles",
  PROFILES,
  "--out",
  out,
  "--formats",
  "docx",
  "--documents",
  "letters,guides",
  "--audience",
  "all",
]);
// mammoth maps Word's built-in heading styles to HTML by itself; our two own paragraph styles
// (the letter's title, the signature block's fill-in lines) are told here. Any other style,
// and every element it cannot read, is a warning.
const styleMap = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Fill In'] => p.fill-in:fresh",
];

const files = (await readdir(out, { recursive: true }))
  .filter((name) => name.endsWith(".docx"))
  .map((name) => path.join(out, name));

describe("every shipped DOCX, read by mammoth", () => {
  it("is made for every example centre", () => {
    expect(made.code, made.stderr).toBe(0);
    expect(files.length).toBeGreaterThan(30);
  });

  it("converts without a warning or error, and keeps the letter's headings and text", async () => {
    const problems: string[] = [];
    for (const file of files) {
      const result = await mammoth.convertToHtml({ buffer: await readFile(file) }, { styleMap });
      for (const m of result.messages)
        problems.push(`${path.relative(out, file)}: ${m.type}: ${m.message}`);
      // Real content came through, not an empty body.
      expect(result.value, file).toMatch(/<h1 class="title">[^<]+<\/h1>/);
      expect(result.value, file).toMatch(/<h[123]>[^<]+<\/h[123]>/);
      expect(result.value.length, file).toBeGreaterThan(3000);
    }
    expect(problems).toEqual([]);
  });
});
