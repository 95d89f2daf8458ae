import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadChecklist } from "../../src/node/io/load-checklist.js";
import { TEMPLATES } from "../helpers/cli.js";

// The clauses the GDPR and the rules for the CLB file ask of every letter (the design's table of
// required clauses), written here as literals on purpose: a
// clause flipped to `recommended`, narrowed to some tools or made conditional in
// checklist.yaml must fail a test of its own, not only the golden hashes that a routine
// `golden:update` rewrites (issue 27, point 8). New clauses may be added freely.
const REQUIRED_IN_EVERY_LETTER = [
  "doel",
  "gegevens",
  "rechten",
  "klacht",
  "datalek",
  "opname",
  "minderjarige",
  "privacyverklaringen",
  "beeindigen",
  "tips",
  "akkoord",
  "rechtsgrond",
  "ontvangers",
  // Where the vendor processes (GDPR Art. 13(1)(f)), as the centre's processing agreement says.
  "verwerkingsplaats",
  "bezwaar",
  "dpo",
] as const;

// Required wherever their condition holds: a transfer outside the EU, a tool that can livestream.
const REQUIRED_WHEN = {
  doorgifte: "tool.mayLeaveEu",
  livestream: "tool.livestream",
} as const;

describe("the legally required clauses of templates/checklist.yaml", async () => {
  const checklist = await loadChecklist(path.join(TEMPLATES, "checklist.yaml"));
  const byId = new Map(checklist.clauses.map((clause) => [clause.id, clause]));

  it.each(REQUIRED_IN_EVERY_LETTER)("%s is there, required, for every tool, always", (id) => {
    const clause = byId.get(id);
    expect(clause, `clause ${id} is missing from checklist.yaml`).toBeDefined();
    expect(clause?.severity).toBe("required");
    expect(clause?.tools, "limited to some tools").toBeUndefined();
    expect(clause?.when, "made conditional").toBeUndefined();
  });

  it.each(Object.entries(REQUIRED_WHEN))("%s is there, required, when %s", (id, when) => {
    const clause = byId.get(id);
    expect(clause, `clause ${id} is missing from checklist.yaml`).toBeDefined();
    expect(clause?.severity).toBe("required");
    expect(clause?.tools, "limited to some tools").toBeUndefined();
    expect(clause?.when).toBe(when);
  });

  it("each clause id is listed once", () => {
    expect(byId.size).toBe(checklist.clauses.length);
  });
});
