import path from "node:path";
import { describe, expect, it } from "vitest";
import { baseName, extensionOf } from "../../src/core/file-check/file-name.js";

// The check of a letter file names it without node:path (it runs in the page too): the same
// answers as node:path for the names a user uploads or validate is given.
const NAMES = [
  "toestemming-teams.pdf",
  "brief.PDF",
  "map/handleiding-zoom.docx",
  "/abs/pad/brief.v2.md",
  ".pdf",
  "brief",
  "map.d/brief",
];

describe("file names in the core", () => {
  it.each(NAMES)("%j: base name and extension as node:path gives them", (name) => {
    expect(baseName(name)).toBe(path.posix.basename(name));
    expect(extensionOf(name)).toBe(path.posix.extname(name));
  });

  it("takes a Windows path's last part, as node:path does on Windows", () => {
    expect(baseName("C:\\Users\\clb\\handleiding-teams.docx")).toBe("handleiding-teams.docx");
    expect(extensionOf("C:\\map.d\\brief")).toBe("");
  });
});
