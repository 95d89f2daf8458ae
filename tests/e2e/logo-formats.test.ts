import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { profileYaml, runCli, tempDir } from "../helpers/cli.js";
import { tinyJpeg } from "../helpers/tiny-jpeg.js";

describe("a JPEG logo", () => {
  it("goes into the PDF as it is (DCTDecode) and into the DOCX as a .jpg with its exact bytes", async () => {
    const dir = await tempDir("clb-jpeg-");
    await mkdir(path.join(dir, "logos"));
    const jpeg = tinyJpeg();
    await writeFile(path.join(dir, "logos", "logo.jpg"), jpeg);
    const profile = path.join(dir, "clb-test.yaml");
    await writeFile(
      profile,
      profileYaml({ logo: "logo: logos/logo.jpg", tools: "tools: [teams]" }),
    );
    const out = path.join(dir, "out");
    const result = await runCli(["generate", "-p", profile, "-f", "pdf,docx", "-o", out]);
    expect(result.code, result.stderr).toBe(0);

    const pdf = await readFile(path.join(out, "clb-test", "toestemming-teams.pdf"));
    expect(pdf.includes("/DCTDecode")).toBe(true);
    expect(pdf.includes(jpeg)).toBe(true);

    const docx = unzipSync(await readFile(path.join(out, "clb-test", "toestemming-teams.docx")));
    const media = Object.keys(docx).filter((name) => name.startsWith("word/media/"));
    expect(media).toEqual(["word/media/image1.jpg"]);
    expect(Buffer.from(docx[media[0]!]!).equals(jpeg)).toBe(true);
    expect(Buffer.from(docx["[Content_Types].xml"]!).toString()).toMatch(/Extension="jpg"/);
  });
});
