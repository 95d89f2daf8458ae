import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "../../src/core/i18n/translator.js";
import { PROFILES, runCli, tempDir } from "../helpers/cli.js";
import { editedTemplates } from "../helpers/edit-templates.js";

const t = createTranslator("nl");
// The message without its values: what stays the same whatever tool and fact it names.
const SAYS = t("guide.factNotInTools", { toolFact: "X", toolValue: "Y" }).split("“X: Y”")[0]!;

describe("a staff guide tells staff to use only what the tool's facts confirm", () => {
  it("refuses a guide's password when tools.yaml does not know the tool has one, at its line", async () => {
    // Zoom's sourced facts say it has a passcode and a waiting room; make the passcode unknown.
    const templates = await editedTemplates([
      {
        file: "tools.yaml",
        remove: /(\n {2}zoom:\n(?:.*\n)*? {4})passcode: true/,
        with: "$1passcode: unknown",
      },
    ]);
    const guides = path.join(templates, "guides", "tool-guides.yaml");
    const line =
      (await readFile(guides, "utf8"))
        .split("\n")
        .findIndex((text, i, all) => text.startsWith("  roomPassword:") && all[i - 3] === "zoom:") +
      1;
    expect(line).toBeGreaterThan(0);
    const profile = path.join(PROFILES, "clb-open-net.yaml");
    const out = path.join(await tempDir(), "out");
    const made = await runCli(["generate", "-p", profile, "--templates", templates, "-o", out]);
    expect(made.code).toBe(1);
    expect(made.stderr).toContain(`${guides}:${line}`);
    expect(made.stderr).toContain("zoom.roomPassword");
    expect(made.stderr).toContain(SAYS);
    expect(made.stderr).toContain("“passcode: unknown”");
    const checked = await runCli(["validate", path.join(templates, "guides", "zoom.md.hbs")]);
    expect(checked.code).toBe(1);
    expect(checked.stdout + checked.stderr).toContain(SAYS);
  });

  it("refuses a guide without the password the letter promises the client", async () => {
    // Zoom's letter says the call is secured with a password (tools.yaml passcode: true).
    const templates = await editedTemplates([
      {
        file: "guides/tool-guides.yaml",
        remove: /(\nzoom:\n(?:.*\n)*? {2})roomPassword: true/,
        with: "$1roomPassword: false",
      },
    ]);
    const out = path.join(await tempDir(), "out");
    const profile = path.join(PROFILES, "clb-open-net.yaml");
    const made = await runCli(["generate", "-p", profile, "--templates", templates, "-o", out]);
    expect(made.code).toBe(1);
    expect(made.stderr).toContain("zoom.roomPassword");
    expect(made.stderr).toContain(t("guide.factNotInGuide", { toolFact: "passcode" }));
  });

  it("stops a batch before any letter, reported once", async () => {
    const templates = await editedTemplates([
      {
        file: "tools.yaml",
        remove: /(\n {2}zoom:\n(?:.*\n)*? {4})passcode: true/,
        with: "$1passcode: unknown",
      },
    ]);
    const out = path.join(await tempDir(), "out");
    const made = await runCli([
      "batch",
      "--profiles",
      PROFILES,
      "--templates",
      templates,
      "--documents",
      "letters,guides",
      "--jobs",
      "1",
      "-o",
      out,
    ]);
    expect(made.code).toBe(1);
    expect(made.stderr.split("zoom.roomPassword").length - 1).toBe(1);
    const written = existsSync(out) ? await readdir(out, { recursive: true }) : [];
    expect(written.filter((name) => /\.(pdf|docx|md|txt)$/.test(String(name)))).toEqual([]);
  });

  it("accepts the shipped guide facts with the shipped tools.yaml", async () => {
    const profile = path.join(PROFILES, "clb-open-net.yaml");
    const out = path.join(await tempDir(), "out");
    const made = await runCli(["generate", "-p", profile, "--documents", "guides", "-o", out]);
    expect(made.code, made.stderr).toBe(0);
  });
});
