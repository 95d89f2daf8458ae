import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applies } from "../../src/core/checklist/check-clauses.js";
import type { Clause } from "../../src/core/checklist/checklist-schema.js";
import { UserError } from "../../src/core/errors/user-error.js";
import { requestedTools, toolFacts, toolIds } from "../../src/core/tools/tool-catalog.js";
import { toolContext } from "../../src/core/tools/tool-context.js";
import { loadChecklist } from "../../src/node/io/load-checklist.js";
import { loadShippedTools, loadTools } from "../../src/node/io/load-tools.js";
import { TEMPLATES, tempDir } from "../helpers/cli.js";

async function refusal(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error("expected the file to be refused");
}

/** The shipped tools.yaml with one edit, written to a temporary file. */
async function editedTools(
  from: string | RegExp,
  to: string,
): Promise<{ file: string; text: string }> {
  const text = await readFile(path.join(TEMPLATES, "tools.yaml"), "utf8");
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`edit matched nothing: ${from}`);
  const file = path.join(await tempDir(), "tools.yaml");
  await writeFile(file, edited);
  return { file, text: edited };
}

function lineOf(text: string, needle: string): number {
  return text.split("\n").findIndex((l) => l.includes(needle)) + 1;
}

describe("tools.yaml is checked when it is read", () => {
  it("every shipped tool names the pages its facts come from, with the day they were read", async () => {
    const tools = await loadShippedTools();
    for (const id of toolIds(tools)) {
      const sources = tools.tools[id]!.sources;
      expect(sources.length, id).toBeGreaterThan(0);
      for (const source of sources) expect(source.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(tools.retired.skype?.retired).toBe("2025-05-05");
  });

  it("a fact that is not true, false or unknown is refused with its line and field", async () => {
    const { file, text } = await editedTools(
      /(zoom:[\s\S]*?)livestream: true/,
      "$1livestream: misschien",
    );
    const error = await refusal(loadTools(file));
    expect(error.key).toBe("tools.invalid");
    expect(error.problems[0]).toMatchObject({
      field: "tools.zoom.livestream",
      key: "tools.fact",
      line: lineOf(text, "livestream: misschien"),
    });
  });

  it("a tool id that cannot be a file name, and a tool both active and retired, are refused", async () => {
    const { file } = await editedTools(/^ {2}zoom:$/m, "  Zoom Meetings:");
    expect((await refusal(loadTools(file))).problems[0]).toMatchObject({ key: "tools.id" });

    const both = await editedTools(/^ {2}skype:$/m, "  teams:");
    const error = await refusal(loadTools(both.file));
    expect(error.problems.map((p) => p.key)).toContain("tools.retiredAndActive");
  });

  it("a tool without sources is refused", async () => {
    const { file } = await editedTools(
      /(google-meet:[\s\S]*?)sources:[\s\S]*?(\n {4}version:)/,
      "$1sources: []$2",
    );
    const error = await refusal(loadTools(file));
    expect(error.problems[0]?.field).toBe("tools.google-meet.sources");
  });
});

describe("--tools is checked against tools.yaml", () => {
  it("all is every tool; an unknown one is wrong usage; a retired one gets its advice", async () => {
    const tools = await loadShippedTools();
    expect(requestedTools(tools, ["all"])).toEqual(toolIds(tools));
    expect(requestedTools(tools, ["zoom", "zoom"])).toEqual(["zoom"]);
    expect(requestedTools(tools, undefined)).toBeUndefined();
    const unknown = await refusal(Promise.resolve().then(() => requestedTools(tools, ["webex"])));
    expect(unknown).toMatchObject({ key: "error.unknownTool", exitCode: 2 });
    const retired = await refusal(Promise.resolve().then(() => requestedTools(tools, ["skype"])));
    expect(retired).toMatchObject({ key: "error.retiredTool", exitCode: 2 });
    expect(retired.params).toMatchObject({ name: "Skype", date: "2025-05-05" });
  });
});

describe("the checklist names tools and tool facts that exist", () => {
  async function editedChecklist(from: RegExp, to: string) {
    const text = await readFile(path.join(TEMPLATES, "checklist.yaml"), "utf8");
    const file = path.join(await tempDir(), "checklist.yaml");
    await writeFile(file, text.replace(from, to));
    return file;
  }

  it("a tool tools.yaml does not have is refused, with the choices", async () => {
    const file = await editedChecklist(/^ {4}when: tool\.livestream$/m, "    tools: [webex]");
    const ids = toolIds(await loadShippedTools());
    const error = await refusal(loadChecklist(file, ids));
    expect(error.problems[0]).toMatchObject({ key: "profile.toolChoice" });
    expect(error.problems[0]?.params?.choices).toBe(ids.join(", "));
    // Read on its own, without tools.yaml, only the form of the id is checked.
    await expect(loadChecklist(file)).resolves.toBeDefined();
  });

  it("a misspelt tool fact in when is refused", async () => {
    const file = await editedChecklist(/^ {4}when: tool\.livestream$/m, "    when: tool.livestrem");
    const error = await refusal(loadChecklist(file));
    expect(error.problems[0]).toMatchObject({ key: "checklist.unknownToolFact" });
  });
});

describe("when: tool.<fact>: a clause that applies where a tool fact holds", () => {
  const clause = {
    id: "livestream",
    label: "x",
    severity: "required",
    when: "tool.livestream",
    accepts: "x",
    all: [["x"]],
  } as Clause;

  it("applies when the fact is true or unknown, not when it is false", () => {
    expect(applies(clause, "a", { tool: { livestream: true } })).toBe(true);
    expect(applies(clause, "a", { tool: { livestream: "unknown" } })).toBe(true);
    expect(applies(clause, "a", { tool: { livestream: false } })).toBe(false);
  });

  it("applies when the tool's facts are not known at all", () => {
    expect(applies(clause, "a", {})).toBe(true);
  });

  it("the transfer clause applies unless the centre's contract puts processing in the EU", async () => {
    const transfer = { ...clause, id: "doorgifte", when: "tool.mayLeaveEu" } as Clause;
    const teams = toolFacts(await loadShippedTools(), "teams");
    const where = (w: "eu" | "outside-eu" | "eu-and-outside-eu" | undefined) =>
      toolContext("teams", teams, w ? { where: w } : undefined);
    expect(applies(transfer, "teams", { tool: where("eu") })).toBe(false);
    expect(applies(transfer, "teams", { tool: where("outside-eu") })).toBe(true);
    expect(applies(transfer, "teams", { tool: where("eu-and-outside-eu") })).toBe(true);
    // A letter checked without its profile: its contract, and so a transfer, is not known.
    expect(applies(transfer, "teams", { tool: where(undefined) })).toBe(false);
    // The shipped checklist's doorgifte clause has that condition.
    const checklist = await loadChecklist(path.join(TEMPLATES, "checklist.yaml"));
    expect(checklist.clauses.find((c) => c.id === "doorgifte")?.when).toBe("tool.mayLeaveEu");
  });
});
