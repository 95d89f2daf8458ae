import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";

async function help(argv: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await run(argv, {
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
  });
  return { code, text: lines.join("\n") };
}

const COMMANDS = ["generate", "batch", "validate", "schema"];

describe("the help", () => {
  it.each(COMMANDS)("of %s is Dutch, placeholders included", async (command) => {
    const { code, text } = await help([command, "--help"]);
    expect(code).toBe(0);
    expect(text).toMatch(new RegExp(`^Gebruik: clb-consent ${command} \\[opties\\]`));
    expect(text).toContain("Opties:");
    expect(text).toContain("-h, --help");
    expect(text).not.toMatch(/Usage:|Options:|\[options\]|<dir>|<list>|<file>|<tool>|YYYY/);
  });

  it("names the Dutch placeholders the README uses", async () => {
    const batch = (await help(["batch", "--help"])).text;
    expect(batch).toMatch(/--profiles <map>/);
    expect(batch).toMatch(/-f, --formats <lijst>/);
    expect(batch).toMatch(/-d, --date <JJJJ-MM-DD>/);
    const validate = (await help(["validate", "--help"])).text;
    expect(validate).toMatch(/^Gebruik: clb-consent validate \[opties\] \[bestanden\.\.\.\]/);
    expect(validate).toMatch(/-p, --profile <bestand>/);
    expect(validate).toMatch(/-t, --tool <hulpmiddel>/);
    expect(validate).toMatch(/Argumenten:\n {2}bestanden /);
    const main = (await help(["--help"])).text;
    expect(main).toMatch(/Opdrachten:\n {2}generate \[opties\]/);
    expect(main).toMatch(/help \[opdracht\]/);
  });

  it("is English with --lang en", async () => {
    const { text } = await help(["batch", "--help", "--lang", "en"]);
    expect(text).toMatch(/^Usage: clb-consent batch \[options\]/);
    expect(text).toMatch(/--profiles <dir>/);
    expect(text).toMatch(/-d, --date <YYYY-MM-DD>/);
    expect(text).not.toMatch(/Gebruik|Opties|<map>|<lijst>/);
  });
});
