import { cp, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isUserError } from "../../src/core/errors/user-error.js";
import { warmUp } from "../../src/node/batch/warm-up.js";
import { TEMPLATES, tempDir } from "../helpers/cli.js";

const files = (templatesDir: string) => ({
  templatesDir,
  toolsFile: path.join(templatesDir, "tools.yaml"),
  checklistFile: path.join(templatesDir, "checklist.yaml"),
  templateTools: ["teams"],
});

describe("warmUp", () => {
  it("gets the renderers and templates ready: every format's sample letter renders", async () => {
    // warmUp returns what went wrong instead of throwing; nothing may go wrong here.
    expect(await warmUp({ formats: ["pdf", "docx", "md", "txt"], ...files(TEMPLATES) })).toBe(
      undefined,
    );
  });

  it("leaves a missing templates folder for the first centre to report, instead of failing the thread", async () => {
    const missing = path.join(await tempDir(), "bestaat-niet");
    const failure = await warmUp({ formats: ["pdf"], ...files(missing) });
    // It resolved (the thread lives on), with the error a centre will report: the missing file.
    expect(isUserError(failure)).toBe(true);
    expect(JSON.stringify(failure)).toContain("bestaat-niet");
  });

  it("returns a broken templates file's error rather than throwing it", async () => {
    const templates = path.join(await tempDir(), "templates");
    await cp(TEMPLATES, templates, { recursive: true });
    await writeFile(path.join(templates, "tools.yaml"), "teams: [\n");
    const failure = await warmUp({ formats: ["md"], ...files(templates) });
    expect(isUserError(failure)).toBe(true);
    expect(JSON.stringify(failure)).toContain("tools.yaml");
  });
});
