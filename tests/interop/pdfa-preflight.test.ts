import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, PROFILES, profileYaml, tempDir } from "../helpers/cli.js";
import { transparentPng } from "../helpers/transparent-png.js";
import { preflight } from "./preflight.js";
import { runTool } from "./run-tool.js";

// Issue 31: every PDF the example centres get is PDF/A-1b, as Apache PDFBox's Preflight (a real
// validator, Debian's libpdfbox2-java) judges it, not as we read it ourselves. Letters of both
// audiences and the guides of every example profile, and letters with a logo of each transparent
// kind (PDF/A-1 forbids transparency: the logo is laid on white).

async function pdfsIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((name) => name.endsWith(".pdf")).map((name) => path.join(dir, name));
}

let files: string[] = [];

beforeAll(async () => {
  const out = path.join(await tempDir("clb-pdfa-"), "out");
  const batch = await runTool(process.execPath, [
    BIN,
    "batch",
    "--profiles",
    PROFILES,
    "--out",
    out,
    "--formats",
    "pdf",
    "--documents",
    "letters,guides",
    "--audience",
    "all",
  ]);
  expect(batch.code, batch.stderr).toBe(0);
  const logos = await tempDir("clb-pdfa-logos-");
  await mkdir(path.join(logos, "logos"));
  for (const colorType of [3, 6] as const) {
    await writeFile(path.join(logos, "logos", `logo-${colorType}.png`), transparentPng(colorType));
    const profile = path.join(logos, `clb-logo-${colorType}.yaml`);
    const id = `id: clb-logo-${colorType}`;
    await writeFile(profile, profileYaml({ id, logo: `logo: logos/logo-${colorType}.png` }));
    const made = await runTool(process.execPath, [
      BIN,
      "generate",
      "-p",
      profile,
      "-f",
      "pdf",
      "-o",
      out,
    ]);
    expect(made.code, made.stderr).toBe(0);
  }
  files = await pdfsIn(out);
}, 300_000);

describe("PDF/A-1b, as Apache PDFBox Preflight judges it", () => {
  it("every example centre's letters and guides, and letters with transparent logos", async () => {
    // Five example centres (letters for pupils and parents, guides) and the two logo centres.
    expect(files.length).toBeGreaterThan(30);
    expect(files.some((f) => f.includes("clb-logo-6"))).toBe(true);
    const verdicts = [];
    // Two validators at a time: one Java process per file, two cores.
    for (let i = 0; i < files.length; i += 2) {
      verdicts.push(...(await Promise.all(files.slice(i, i + 2).map(preflight))));
    }
    const invalid = verdicts.filter((v) => !v.valid).map((v) => `${v.file}:\n${v.messages}`);
    expect(invalid, invalid.join("\n\n")).toEqual([]);
  }, 600_000);
});
