import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadChecklist } from "../../src/checklist/load-checklist.js";
import { run } from "../../src/cli/run.js";
import { AGE_WORDS } from "../../src/guide/oral-points.js";
import { PROFILES, TEMPLATES, tempDir } from "../helpers/cli.js";
import { editedTemplates } from "../helpers/edit-templates.js";

/** Generates clb-de-brug's Praatbox guide as text with `templates` and returns its oral list. */
async function oralList(templates: string): Promise<string[]> {
  const out = await tempDir();
  const lines: string[] = [];
  const code = await run(
    [
      "generate",
      "-p",
      path.join(PROFILES, "clb-de-brug.yaml"),
      "-t",
      "praatbox",
      "-f",
      "md",
      "--documents",
      "guides",
      "--templates",
      templates,
      "-o",
      out,
    ],
    { out: (l) => lines.push(l), err: (l) => lines.push(l) },
  );
  expect(code, lines.join("\n")).toBe(0);
  const md = await readFile(path.join(out, "clb-de-brug", "handleiding-praatbox.md"), "utf8");
  const start = md.indexOf("**Mondeling overlopen.**");
  const end = md.indexOf("## 4.");
  expect(start).toBeGreaterThan(0);
  return md
    .slice(start, end)
    .split("\n")
    .filter((l) => l.startsWith("- "))
    .map((l) => l.slice(2).replace(/\\(.)/g, "$1"));
}

const NEW_CLAUSE = `
  - id: proefclausule
    label: Een nieuwe clausule die de brief al bevat
    severity: recommended
    accepts: "beeldbellen"
    all:
      - ["beeldbellen"]
`;

const checklist = await loadChecklist(path.join(TEMPLATES, "checklist.yaml"));
const labelOf = (id: string) => checklist.clauses.find((c) => c.id === id)!.label;

describe("the guide's list of points to go through orally comes from the letter's checklist", () => {
  it("lists the label of every letter clause that applies to the tool", async () => {
    const list = await oralList(await editedTemplates([]));
    // clb-de-brug names a DPO, so clauses that depend on it apply too.
    // The labels' words for the own-consent age are the centre's age in a guide (12 here).
    // Its Praatbox contract keeps the data in the EU: no safeguard clause (doorgifte).
    const expected = checklist.clauses
      .filter((c) => !c.tools || c.tools.includes("praatbox"))
      .filter((c) => c.id !== "doorgifte")
      .map((c) => c.label.replaceAll(AGE_WORDS, "12 jaar"));
    expect(list).toEqual(expected);
    expect(list).toContain(labelOf("livestream"));
    expect(labelOf("minderjarige")).toContain(AGE_WORDS);
    expect(list.join("\n")).not.toContain(AGE_WORDS);
    expect(list).toContain(labelOf("minderjarige").replace(AGE_WORDS, "12 jaar"));
  });

  it("shows a clause added to checklist.yaml", async () => {
    const before = await oralList(await editedTemplates([]));
    const after = await oralList(
      // The clauses end where the list of known mistakes starts: the new clause goes last.
      await editedTemplates([
        { file: "checklist.yaml", remove: /\n+(?=mistakes:)/, with: `\n${NEW_CLAUSE}\n` },
      ]),
    );
    expect(before).not.toContain("Een nieuwe clausule die de brief al bevat");
    expect(after).toEqual([...before, "Een nieuwe clausule die de brief al bevat"]);
  });

  it("drops a clause removed from checklist.yaml", async () => {
    const before = await oralList(await editedTemplates([]));
    const label = labelOf("datalek");
    expect(before).toContain(label);
    const after = await oralList(
      await editedTemplates([
        { file: "checklist.yaml", remove: /\n {2}- id: datalek\n[\s\S]*?(?=\n {2}- id: )/ },
      ]),
    );
    expect(after).not.toContain(label);
    expect(after).toEqual(before.filter((l) => l !== label));
  });
});
