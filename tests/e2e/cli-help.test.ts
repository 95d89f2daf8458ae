import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FORMATS } from "../../src/core/render/registry.js";
import { run } from "../../src/node/cli/run.js";
import { ROOT, spawnCli } from "../helpers/cli.js";

async function help(argv: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await run(argv, {
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
  });
  return { code, text: lines.join("\n") };
}

const COMMANDS = ["generate", "batch", "validate", "schema", "proof", "web"];

/** The `<placeholders>` of a help text, without those that list values (`<nl|en>`). */
function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/<([^<>|\s]+)>/g)].map((m) => m[1]!));
}

describe("the help", () => {
  it.each(COMMANDS)("of %s is Dutch, placeholders included", async (command) => {
    const { code, text } = await help([command, "--help"]);
    expect(code).toBe(0);
    expect(text).toMatch(new RegExp(`^Gebruik: clb-consent ${command} \\[opties\\]`));
    expect(text).toContain("Opties:");
    expect(text).toContain("-h, --help");
    expect(text).not.toMatch(/Usage:|Options:|\[options\]|<dir>|<list>|<file>|<tool>|YYYY/);
  });

  it("names every command, and each command's help has no placeholder left in English", async () => {
    const main = (await help(["--help"])).text;
    const listed = [...main.split("Opdrachten:")[1]!.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]);
    expect(listed).toEqual([...COMMANDS, "help"]);
    for (const command of ["", ...COMMANDS]) {
      const argv = command ? [command, "--help"] : ["--help"];
      const dutch = placeholders((await help(argv)).text);
      const english = placeholders((await help([...argv, "--lang", "en"])).text);
      expect(english.size, command).toBeGreaterThan(0);
      // A placeholder the same in both languages was left untranslated (<port>, <n> were).
      expect(
        [...dutch].filter((name) => english.has(name)),
        command,
      ).toEqual([]);
    }
  });

  it.each([
    ["generate", /-f, --format <lijst> +formaten[\s\S]*?standaard pdf,docx,md,txt\n/],
    ["batch", /-f, --formats <lijst> +formaten[\s\S]*?standaard pdf,docx\n/],
  ])("of %s names every format, eml included, and the default", async (command, option) => {
    const { text } = await help([command, "--help"]);
    // Commander wraps the description: one line, to read it as a user does.
    const described = (option.exec(text)?.[0] ?? "").replace(/\s+/g, " ");
    const choices = described.split(" uit: ")[1]?.split("; standaard")[0] ?? "";
    for (const format of FORMATS) expect(choices).toMatch(new RegExp(`\\b${format}\\b`));
    expect(described).toContain("eml (een e-mail met de PDF als bijlage)");
  });

  it("of the program names e-mail among what it makes, and --version", async () => {
    const { text } = await help(["--help"]);
    expect(text).toMatch(/\(PDF, DOCX,\s+Markdown, tekst, e-mail\)/);
    expect(text).toMatch(/-V, --version +toont het versienummer/);
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

describe("usage errors", () => {
  it("an unknown command lists every command there is, and suggests the one meant", async () => {
    const main = (await help(["--help"])).text;
    const commands = [...main.split("Opdrachten:")[1]!.matchAll(/^ {2}([a-z]+) /gm)]
      .map((m) => m[1]!)
      .filter((name) => name !== "help");
    const { code, text } = await help(["maak"]);
    expect(code).toBe(2);
    expect(text).toContain(`De opdracht maak bestaat niet. Kies uit: ${commands.join(", ")}.`);
    expect(commands).toEqual(expect.arrayContaining(["proof", "web"]));
    expect((await help(["genrate"])).text).toContain("Bedoel je generate?");
    expect((await help(["maak", "--lang", "en"])).text).toContain(
      `The command maak does not exist. Choose from: ${commands.join(", ")}.`,
    );
  });

  it("names the placeholders in the user's language and the command's own help", async () => {
    const profile = await help(["generate", "-p"]);
    expect(profile.code).toBe(2);
    expect(profile.text).toContain("Er ontbreekt een waarde: -p, --profile <bestand>.");
    expect(profile.text).toContain("Gebruik `clb-consent generate --help`");
    expect((await help(["generate", "-p", "x.yaml", "-d"])).text).toContain(
      "-d, --date <JJJJ-MM-DD>",
    );
    expect((await help(["web", "--port"])).text).toContain("--port <poort>");
    expect((await help(["batch", "--jobs"])).text).toContain("-j, --jobs <aantal>");
    expect((await help(["web", "--port", "--lang", "en"])).text).toContain(
      "A value is missing: --port <port>.\nSee `clb-consent web --help`",
    );
  });

  it("suggests the option a command has: generate --formats is --format", async () => {
    const { code, text } = await help(["generate", "--formats", "pdf", "-p", "x.yaml"]);
    expect(code).toBe(2);
    expect(text).toContain("De optie --formats bestaat niet. Bedoel je --format?");
    const batch = await help(["batch", "--format", "pdf", "--lang", "en"]);
    expect(batch.text).toContain("The option --format does not exist. Did you mean --formats?");
  });

  it("says how many arguments a command takes, and why there may be more", async () => {
    const { code, text } = await help(["schema", "extra"]);
    expect(code).toBe(2);
    expect(text).toContain(
      "schema krijgt hoogstens 0 argument(en) zonder optie ervoor, maar kreeg er 1.",
    );
    expect(text).toContain("tussen aanhalingstekens");
  });
});

describe("--version", () => {
  it("prints the version of package.json, from the built CLI too", async () => {
    const { version } = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(await help(["--version"])).toEqual({ code: 0, text: version });
    expect(await help(["-V", "--lang", "en"])).toEqual({ code: 0, text: version });
    const built = await spawnCli(["--version"]);
    expect(built).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});
