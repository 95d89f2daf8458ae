import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/cli.js";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const golden = JSON.parse(
  readFileSync(path.join(ROOT, "tests", "golden", "letters.json"), "utf8"),
) as Record<string, string>;

describe("the package as npm packs it", () => {
  it("installs in an empty folder, and its CLI writes the example letters there", async () => {
    const packed = await tempDir("clb-pack-");
    // npm pack builds first (prepack) and lists what it packed.
    const listing = JSON.parse(
      execFileSync(npm, ["pack", "--json", "--pack-destination", packed], {
        cwd: ROOT,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      }),
    ) as { filename: string; files: { path: string }[] }[];
    const files = listing[0]!.files.map((f) => f.path);
    for (const needed of [
      "bin/clb-consent.js",
      "bundle/clb-consent.js",
      "bundle/batch-worker.js",
      "bundle/build-id.txt",
      // The words laid out at build time (issue 30): found beside the bundle once installed.
      "bundle/prepared-layouts.json",
      // The shipped YAML parsed at build time (issue 30).
      "bundle/prepared-yaml.json",
      "templates/tools.yaml",
      "templates/checklist.yaml",
      "schema/profile.schema.json",
      "clb-profiles/clb-de-brug.yaml",
      "clb-profiles/logos/clb-de-brug.png",
    ]) {
      expect(files).toContain(needed);
    }
    // The shipped templates precompiled at build time, one file each (issue 30).
    expect(files.filter((f) => f.startsWith("bundle/prepared-templates/")).length).toBeGreaterThan(
      100,
    );
    // No sources, tests or build steps; the built site that `clb-consent web` serves.
    expect(files.filter((f) => /^(tests|src|dist|scripts)\//.test(f))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining(["site/index.html", "site/app.js", "site/render.js"]),
    );
    // Not the font scripts: base64 of the font files the dependencies install (web makes them).
    expect(files.filter((f) => f.startsWith("site/fonts/"))).toEqual([]);

    const home = await tempDir("clb-install-");
    writeFileSync(path.join(home, "package.json"), '{"name":"probe","private":true}\n');
    const tarball = path.join(packed, listing[0]!.filename);
    execFileSync(npm, ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], {
      cwd: home,
      stdio: "ignore",
    });
    const profile = path.join(
      home,
      "node_modules",
      "clb-consent",
      "clb-profiles",
      "clb-de-brug.yaml",
    );
    execFileSync("npx", ["clb-consent", "generate", "--profile", profile, "--out", "out"], {
      cwd: home,
      stdio: "ignore",
    });
    // The installed package makes the very letters the sources make.
    for (const name of [
      "toestemming-teams.pdf",
      "toestemming-teams.docx",
      "toestemming-praatbox.pdf",
    ]) {
      const data = readFileSync(path.join(home, "out", "clb-de-brug", name));
      const hash = createHash("sha256").update(data).digest("hex");
      expect([name, hash]).toEqual([name, golden[`clb-de-brug/${name}`]]);
    }
  }, 600_000);
});
