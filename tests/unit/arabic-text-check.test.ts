import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkClauses } from "../../src/core/checklist/check-clauses.js";
import { findValue } from "../../src/core/checklist/find-value.js";
import { normalizeText } from "../../src/core/fields/normalize-text.js";
import { toolFacts, toolIds } from "../../src/core/tools/tool-catalog.js";
import { toolContext } from "../../src/core/tools/tool-context.js";
import { loadChecklist } from "../../src/node/io/load-checklist.js";
import { loadShippedTools } from "../../src/node/io/load-tools.js";
import { TEMPLATES } from "../helpers/cli.js";

describe("Arabic text read back from a PDF", () => {
  it("compares the same with or without the space a PDF reader drops beside digits and Latin", () => {
    // pdf.js gives "سن12" and "عبرGoogle" for what the letter says as "سن 12", "عبر Google".
    expect(normalizeText("من سن12يقرر")).toBe(normalizeText("من سن 12 يقرر"));
    expect(normalizeText("عبرGoogle Meet")).toBe(normalizeText("عبر Google Meet"));
    expect(findValue(normalizeText("هل طفلكم دون سن12؟"), "12").length).toBe(1);
    // Dutch and other Latin text is left as it was.
    expect(normalizeText("CLB12 en 3000 Leuven")).toBe("clb12 en 3000 leuven");
  });

  it("names a missing clause's words without the regular expression around them", async () => {
    const tools = await loadShippedTools();
    const checklist = await loadChecklist(
      path.join(TEMPLATES, "lang", "ar", "checklist.yaml"),
      toolIds(tools),
    );
    const results = checkClauses(checklist, "نص بلا شيء", "teams", {
      tool: toolContext("teams", toolFacts(tools, "teams")),
    });
    const shown = results.flatMap((r) => r.missing);
    expect(shown.length).toBeGreaterThan(10);
    for (const text of shown) expect(text).not.toMatch(/p\{|\(\?|\?<|!\\/);
  });
});
