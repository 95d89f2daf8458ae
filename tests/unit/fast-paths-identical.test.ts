import { spawnSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Packer } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import "../../src/core/render/fast/docx.js";
import "../../src/core/render/fast/pdfkit.js";
import { countCalls, useFastPaths } from "../../src/core/render/fast/registry.js";
import { BIN, PROFILES, ROOT, tempDir } from "../helpers/cli.js";
import { lettersOf, type Sample, varietyProfiles } from "./fast-paths-letters.js";

afterEach(() => {
  useFastPaths(true);
  vi.restoreAllMocks();
});

/** Every file under `dir`, by name. */
async function files(dir: string): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const data = await readFile(path.join(dir, name)).catch(() => undefined);
    if (data) found.set(name, data);
  }
  return found;
}

function expectSameLetters(fast: Map<string, Buffer>, own: Map<string, Buffer>): void {
  expect([...own.keys()]).toEqual([...fast.keys()]);
  for (const [name, letter] of own) {
    expect([name, fast.get(name)!.equals(letter)]).toEqual([name, true]);
  }
}

describe("the sample letters, made with the fast paths on", () => {
  // Made once for the three tests: the sample takes every path the replacements serve, which
  // the first test proves and the others rely on.
  let samples: Sample[];
  let fast: Map<string, Buffer>;
  let counts: Map<string, number>;
  beforeAll(async () => {
    samples = await varietyProfiles();
    const counting = countCalls();
    try {
      fast = await lettersOf(samples);
    } finally {
      counting.stop();
    }
    counts = counting.counts;
  });

  it("call each replaced method of the libraries (none is dead code)", () => {
    expect(counts.size).toBeGreaterThan(15);
    const unused = [...counts].filter(([, n]) => n === 0).map(([name]) => name);
    expect(unused, "replaced methods the libraries no longer call").toEqual([]);
  });

  it("are byte-identical to those made with every fast path off (PDF and DOCX, in this process)", async () => {
    useFastPaths(false);
    const toBuffer = vi.spyOn(Packer, "toBuffer");
    const own = await lettersOf(samples);
    useFastPaths(true);
    expect(fast.size).toBeGreaterThanOrEqual(20);
    expect([...fast.keys()].filter((n) => n.endsWith(".docx")).length).toBe(
      toBuffer.mock.calls.length,
    );
    expectSameLetters(fast, own);
  });

  it("are byte-identical to those the built CLI makes in a process started with CLB_FAST_PATHS=off", async () => {
    // The sample's example centre (logo, both audiences, the guide), its Teams documents: the
    // bundle loads the libraries its own way, and only a process of its own starts with the
    // fast paths off (module stand-ins included).
    const [sample] = samples;
    expect(sample).toEqual({
      profile: path.join(PROFILES, "clb-de-brug.yaml"),
      only: ["-t", "teams"],
    });
    const out = await tempDir();
    const own = spawnSync(
      process.execPath,
      [BIN, "generate", "-p", sample!.profile, "-f", "pdf,docx", "-o", out, ...sample!.only],
      { cwd: ROOT, env: { ...process.env, CLB_FAST_PATHS: "off" } },
    );
    expect(own.status, own.stderr.toString()).toBe(0);
    const ownFiles = await files(out);
    ownFiles.delete("manifest.json");
    const fastFiles = new Map([...fast].filter(([name]) => name.startsWith("clb-de-brug/")));
    expect(fastFiles.size).toBe(6);
    expectSameLetters(fastFiles, ownFiles);
  });
});

describe("a DOCX made through docx's public Packer (the fallback path)", () => {
  it("is a complete package with the logo, the text and the page furniture", async () => {
    useFastPaths(false);
    const toBuffer = vi.spyOn(Packer, "toBuffer");
    const [sample] = (await varietyProfiles()).filter((s) => s.profile.endsWith("logo-rgba.yaml"));
    const letters = await lettersOf([sample!], "docx");
    expect(toBuffer).toHaveBeenCalled();
    const [name, docx] = [...letters].find(([n]) => n.includes("/toestemming-"))!;
    expect(name).toMatch(/clb-logo-rgba\/toestemming-[\w-]+\.docx$/);
    const parts = unzipSync(docx);
    const media = Object.keys(parts).filter((n) => n.startsWith("word/media/"));
    expect(media).toHaveLength(1);
    const logo = await readFile(sample!.profile.replace("logo-rgba.yaml", "logos/rgba.png"));
    expect(Buffer.from(parts[media[0]!]!).equals(logo)).toBe(true);
    const document = strFromU8(parts["word/document.xml"]!);
    expect(document).toContain("Waarom");
    const header = Object.keys(parts).find((n) => /^word\/header\d*\.xml$/.test(n))!;
    expect(strFromU8(parts[header]!)).toContain("CLB Test");
    expect(strFromU8(parts["docProps/core.xml"]!)).toContain("2026-11-23T00:00:00Z");
    expect(
      Object.values(parts)
        .map((p) => strFromU8(p))
        .join(""),
    ).not.toMatch(/clb:static-/);
  });
});
