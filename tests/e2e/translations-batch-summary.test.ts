import { cp, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { profileYaml, runCli, TEMPLATES, tempDir } from "../helpers/cli.js";
import { withTranslations, XX_DIR } from "../helpers/lang-fixture.js";

describe("batch's summary, when a centre's translation is refused", () => {
  it("does not say the centre got no letters: its Dutch letters were made", async () => {
    const dir = await tempDir();
    const templates = path.join(dir, "templates");
    await cp(TEMPLATES, templates, { recursive: true });
    await cp(XX_DIR, path.join(templates, "lang", "xx"), { recursive: true });
    const profiles = path.join(dir, "profielen");
    await mkdir(profiles);
    // clb-twee offers xx but lacks its retention text in xx: the translation is refused.
    const two = { id: "id: clb-twee", tools: "tools: [teams]" };
    await writeFile(
      path.join(profiles, "clb-twee.yaml"),
      withTranslations(profileYaml(two), ["xx"], ["retention.file"]),
    );
    const out = path.join(dir, "out");
    const args = ["batch", "--profiles", profiles, "--templates", templates, "-o", out];
    const result = await runCli([
      ...args,
      "-f",
      "md",
      "--audience",
      "pupil",
      "--documents",
      "letters",
      "--jobs",
      "1",
    ]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain("translated.xx.retention.file");
    expect(result.stderr).not.toContain("zijn geen brieven gemaakt");
    expect(result.stdout).toContain("waarvan 0 zonder brieven");
    expect(result.stdout).toMatch(/Brieven: 1 geschreven/);
  });
});
