import { spawnSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeLetter } from "../../src/core/letter/make-letter.js";
import { renderPdf } from "../../src/core/render/render-pdf.js";
import { loadProfile } from "../../src/node/io/load-profile.js";
import { loadTemplates } from "../../src/node/io/load-templates.js";
import { loadTools } from "../../src/node/io/load-tools.js";
import { BIN, profileYaml, TEMPLATES, tempDir } from "../helpers/cli.js";
import { transparentPng as png } from "../helpers/transparent-png.js";

describe("a logo with transparency in a PDF", () => {
  it.each([
    ["RGBA", 6],
    ["a palette with transparent entries", 3],
  ] as const)(
    "%s: prepared once, the next letter byte-identical to a first one",
    async (_, type) => {
      const dir = await tempDir("clb-logo-pdf-");
      await mkdir(path.join(dir, "logos"));
      await writeFile(path.join(dir, "logos", "logo.png"), png(type));
      const file = path.join(dir, "clb-test.yaml");
      await writeFile(file, profileYaml({ logo: "logo: logos/logo.png" }));
      const loaded = await loadProfile(file);
      const templates = await loadTemplates(TEMPLATES, ["teams"]);
      const tools = await loadTools(path.join(TEMPLATES, "tools.yaml"));
      const letter = () => makeLetter(loaded, "teams", { templates, tools });
      const first = Buffer.from(await renderPdf(letter()));
      const again = Buffer.from(await renderPdf(letter())); // from the prepared image
      // PDF/A-1 forbids transparency: the logo is laid on white (tests/unit/pdf-a.test.ts).
      expect(first.includes("/SMask")).toBe(false);
      expect(again.equals(first)).toBe(true);

      // And the same as a process that makes only this letter, its first.
      const out = path.join(dir, "out");
      const cli = ["generate", "-p", file, "-t", "teams", "-f", "pdf", "-o", out];
      const result = spawnSync(process.execPath, [BIN, ...cli]);
      expect(result.status, result.stderr.toString()).toBe(0);
      const alone = await readFile(path.join(out, "clb-test", "toestemming-teams.pdf"));
      expect(alone.equals(first)).toBe(true);
    },
  );
});
