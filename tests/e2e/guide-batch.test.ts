import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileSha256 } from "../../src/node/batch/hash.js";
import { ManifestSchema } from "../../src/node/batch/manifest.js";
import { run } from "../../src/node/cli/run.js";
import { loadGuideFacts } from "../../src/node/io/load-guide-facts.js";
import { loadShippedTools } from "../../src/node/io/load-tools.js";
import { PROFILES, TEMPLATES, tempDir } from "../helpers/cli.js";
import { editedTemplates } from "../helpers/edit-templates.js";

async function cli(args: readonly string[]) {
  const out: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => out.push(l) });
  return { code, output: out.join("\n") };
}

async function profilesDir(): Promise<string> {
  const dir = path.join(await tempDir(), "profiles");
  await cp(PROFILES, dir, { recursive: true });
  return dir;
}

describe("batch makes the staff guides beside the letters", () => {
  it("writes handleiding-<tool> per centre and tool and lists each in the manifest", async () => {
    const out = path.join(await tempDir(), "out");
    const result = await cli(["batch", "--profiles", await profilesDir(), "-o", out, "-j", "1"]);
    expect(result.code, result.output).toBe(0);
    const manifest = ManifestSchema.parse(
      JSON.parse(await readFile(path.join(out, "manifest.json"), "utf8")),
    );
    const guides = manifest.letters.filter((e) => e.kind === "guide");
    const letters = manifest.letters.filter((e) => e.kind === "letter");
    // One guide per centre, tool and format, beside the pupil's and the parents' letter, for
    // each tool with guide facts (tool-guides.yaml): today every shipped tool has them.
    const facts = await loadGuideFacts(
      path.join(TEMPLATES, "guides", "tool-guides.yaml"),
      await loadShippedTools(),
    );
    const withGuide = (e: { tool: string }) => Object.hasOwn(facts, e.tool);
    expect(letters.length).toBe(manifest.letters.length - guides.length);
    expect(letters.filter((e) => e.audience === "pupil" && withGuide(e)).length).toBe(
      guides.length,
    );
    expect(letters.filter((e) => e.audience === "parents" && withGuide(e)).length).toBe(
      guides.length,
    );
    // Every shipped tool has guide facts, so every letter has its guide beside it.
    expect(letters.every(withGuide)).toBe(true);
    expect(guides.every(withGuide)).toBe(true);
    expect(guides.every((e) => e.audience === "staff")).toBe(true);
    expect(guides.length).toBeGreaterThan(0);
    for (const entry of guides) {
      expect(entry.path).toBe(`${entry.centre}/handleiding-${entry.tool}.${entry.format}`);
      const data = await readFile(path.join(out, entry.path));
      expect(fileSha256(data)).toBe(entry.sha256);
    }
    expect((await readdir(path.join(out, "clb-praatbox"))).sort()).toEqual([
      "handleiding-praatbox.docx",
      "handleiding-praatbox.pdf",
      "toestemming-praatbox-ouders.docx",
      "toestemming-praatbox-ouders.pdf",
      "toestemming-praatbox.docx",
      "toestemming-praatbox.pdf",
    ]);
  });

  it("makes letters only with --documents letters, and remakes only the guides when a guide partial changes", async () => {
    const profiles = await profilesDir();
    const out = path.join(await tempDir(), "out");
    const base = ["batch", "--profiles", profiles, "-o", out, "-j", "1", "-f", "pdf"];
    expect((await cli([...base, "--documents", "letters"])).code).toBe(0);
    expect((await readdir(path.join(out, "clb-minimaal"))).sort()).toEqual([
      "toestemming-teams-ouders.pdf",
      "toestemming-teams.pdf",
    ]);

    const templates = await editedTemplates([]);
    expect((await cli([...base, "--templates", templates])).code).toBe(0);
    const before = ManifestSchema.parse(
      JSON.parse(await readFile(path.join(out, "manifest.json"), "utf8")),
    );
    expect(before.letters.some((e) => e.kind === "guide")).toBe(true);

    const partial = path.join(templates, "guides", "partials", "na-het-gesprek.md.hbs");
    await writeFile(partial, `${await readFile(partial, "utf8")}\nSluit ook je browser.\n`);
    const again = await cli([...base, "--templates", templates]);
    expect(again.code, again.output).toBe(0);
    const guides = before.letters.filter((e) => e.kind === "guide").length;
    const letters = before.letters.length - guides;
    expect(again.output).toMatch(
      new RegExp(`Brieven: ${guides} geschreven, ${letters} ongewijzigd, 0 niet gemaakt`),
    );
    const text = await readFile(path.join(out, "clb-minimaal", "handleiding-teams.pdf"));
    expect(fileSha256(text)).not.toBe(
      before.letters.find((e) => e.path === "clb-minimaal/handleiding-teams.pdf")!.sha256,
    );
  });

  it("refuses a guide that misses a required clause and still writes the centre's letters", async () => {
    const templates = await editedTemplates([
      { file: "guides/praatbox.md.hbs", remove: /\n2\. \*\*Zet een sterk wachtwoord[^\n]*/ },
    ]);
    const out = path.join(await tempDir(), "out");
    const result = await cli([
      "batch",
      "--profiles",
      await profilesDir(),
      "-o",
      out,
      "-j",
      "1",
      "-f",
      "txt",
      "--templates",
      templates,
    ]);
    expect(result.code).toBe(1);
    // One message for the four centres that use Praatbox (the first by name), then the others.
    expect(result.output.split("De handleiding voor praatbox van ")).toHaveLength(2);
    expect(result.output).toContain(
      "De handleiding voor praatbox van clb-de-brug.yaml is niet geschreven",
    );
    expect(result.output).toMatch(
      /Dezelfde melding geldt ook op 3 andere plaats\(en\):\n(?: {4}\S+\n){3}/,
    );
    expect(result.output).toMatch(/^ {4}\S+\/clb-praatbox\.yaml$/m);
    expect(result.output).toMatch(/wachtwoord/);
    expect((await readdir(path.join(out, "clb-praatbox"))).sort()).toEqual([
      "toestemming-praatbox-ouders.txt",
      "toestemming-praatbox.txt",
    ]);
  });
});
