import path from "node:path";
import { describe, expect, it } from "vitest";
import { warmUp } from "../../src/batch/warm-up.js";
import { TEMPLATES, tempDir } from "../helpers/cli.js";

describe("warmUp", () => {
  it("gets the renderers and templates ready", async () => {
    await expect(
      warmUp({
        formats: ["pdf", "docx", "md", "txt"],
        templatesDir: TEMPLATES,
        toolsFile: path.join(TEMPLATES, "tools.yaml"),
        checklistFile: path.join(TEMPLATES, "checklist.yaml"),
        templateTools: ["teams"],
      }),
    ).resolves.toBeUndefined();
  });

  it("leaves a missing templates folder for the first centre to report, instead of failing the thread", async () => {
    const missing = path.join(await tempDir(), "bestaat-niet");
    await expect(
      warmUp({
        formats: ["pdf"],
        templatesDir: missing,
        toolsFile: path.join(missing, "tools.yaml"),
        checklistFile: path.join(missing, "checklist.yaml"),
        templateTools: ["teams"],
      }),
    ).resolves.toBeUndefined();
  });
});
