import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "../../src/i18n/translator.js";
import { loadShippedTools } from "../../src/tools/load-tools.js";
import { toolFacts } from "../../src/tools/tool-catalog.js";
import { profileYaml, runCli, tempDir } from "../helpers/cli.js";

const t = createTranslator("nl");

/** Writes a profile with `vendorRoles` and makes its Jitsi letters as text. */
async function jitsiLetters(vendorRoles: string | null) {
  const dir = await tempDir();
  const file = path.join(dir, "clb-test.yaml");
  await writeFile(
    file,
    profileYaml({ tools: "tools: [jitsi, teams]", ...(vendorRoles ? { vendorRoles } : {}) }),
  );
  const out = path.join(dir, "out");
  const made = await runCli(["generate", "-p", file, "-t", "jitsi", "-f", "txt", "-o", out]);
  const read = (name: string) => readFile(path.join(out, "clb-test", name), "utf8");
  return { file, made, read };
}

describe("the vendor's role, as the centre's DPO recorded it in the profile", () => {
  it("is stated in both letters where tools.yaml does not know it", async () => {
    const tools = await loadShippedTools();
    expect(toolFacts(tools, "jitsi").role).toBe("unknown");
    const unknown = await jitsiLetters(null);
    expect(unknown.made.code, unknown.made.stderr).toBe(0);
    expect(await unknown.read("toestemming-jitsi.txt")).toContain("Welke rol 8x8 heeft");

    const recorded = await jitsiLetters("vendorRoles:\n  jitsi: controller");
    expect(recorded.made.code, recorded.made.stderr).toBe(0);
    for (const name of ["toestemming-jitsi.txt", "toestemming-jitsi-ouders.txt"]) {
      const text = await recorded.read(name);
      expect(text, name).toContain("8x8 beslist zelf wat het met die gegevens doet");
      expect(text, name).not.toContain("Welke rol 8x8 heeft");
    }
  });

  it("wins over a role tools.yaml knows: the centre's contract decides", async () => {
    // Zoom is a processor with a licence and its agreement; a centre on a free account is not.
    const tools = await loadShippedTools();
    expect(toolFacts(tools, "zoom").role).toBe("processor");
    const dir = await tempDir();
    const file = path.join(dir, "clb-test.yaml");
    await writeFile(
      file,
      profileYaml({ tools: "tools: [zoom]", vendorRoles: "vendorRoles:\n  zoom: controller" }),
    );
    const out = path.join(dir, "out");
    const made = await runCli([
      "generate",
      "-p",
      file,
      "-f",
      "txt",
      "--documents",
      "letters",
      "-o",
      out,
    ]);
    expect(made.code, made.stderr).toBe(0);
    const text = await readFile(path.join(out, "clb-test", "toestemming-zoom.txt"), "utf8");
    expect(text).toContain("Zoom beslist zelf wat het met die gegevens doet");
    expect(text).not.toContain("als verwerker");
  });

  it("refuses a role the letter does not know, and a tool tools.yaml does not have", async () => {
    const wrong = await jitsiLetters("vendorRoles:\n  jitsi: verwerker");
    expect(wrong.made.code).toBe(1);
    const line = (await readFile(wrong.file, "utf8")).split("\n").indexOf("  jitsi: verwerker") + 1;
    expect(line).toBeGreaterThan(0);
    expect(wrong.made.stderr).toContain(`${wrong.file}:${line}:`);
    expect(wrong.made.stderr).toContain("vendorRoles.jitsi");
    expect(wrong.made.stderr).toContain(t("profile.vendorRole", { value: "verwerker" }));

    const skype = await jitsiLetters("vendorRoles:\n  skipe: processor");
    expect(skype.made.code).toBe(1);
    expect(skype.made.stderr).toContain("vendorRoles.skipe");
  });
});
