import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/core/extract/read-docx.js";
import { profileYaml, runCli, spawnCli, TEMPLATES, tempDir } from "../helpers/cli.js";

const ESC = "\u001b";

/** A profile file in a fresh folder. */
async function profileFile(content: string | Uint8Array, name = "centrum.yaml"): Promise<string> {
  const file = path.join(await tempDir(), name);
  await writeFile(file, content);
  return file;
}

describe("the terminal never gets a file's control characters (the built CLI, a real process)", () => {
  it("a binary file as the profile: not a text file, exit 1, none of its bytes", async () => {
    const file = await profileFile(
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x1b, 0x5b, 0x32, 0x4a, 0x1b, 0x5d, 0x30, 0x07]),
      "programma.yaml",
    );
    const out = path.join(path.dirname(file), "out");
    const nl = await spawnCli(["generate", "-p", file, "-o", out]);
    expect(nl.code).toBe(1);
    expect(nl.stderr).not.toContain(ESC);
    expect(nl.stderr).not.toContain("\u0007");
    expect(nl.stderr).toContain(`Het bestand ${file} is geen tekstbestand`);
    expect(nl.stderr).toContain(`${file}:1:5  hier staat het stuurteken U+0002`);
    const en = await spawnCli(["generate", "-p", file, "-o", out, "--lang", "en"]);
    expect(en.code).toBe(1);
    expect(en.stderr).not.toContain(ESC);
    expect(en.stderr).toContain(`The file ${file} is not a text file`);
    await expect(readdir(out)).rejects.toThrow();
  });

  it("escape sequences written as YAML escapes are shown as <U+001B> in a field and a value", async () => {
    const file = await profileFile(
      profileYaml({
        email: 'email: "\\e[31monthaal\\e]0;titel\\a"',
        signature: '"\\e[2Jweg": true',
      }),
    );
    const result = await spawnCli([
      "generate",
      "-p",
      file,
      "-o",
      path.join(path.dirname(file), "o"),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain(ESC);
    expect(result.stderr).not.toContain("\u0007");
    expect(result.stderr).toContain(
      "“<U+001B>[31monthaal<U+001B>]0;titel<U+0007>” is geen geldig e-mailadres",
    );
    expect(result.stderr).toContain("Het veld “<U+001B>[2Jweg” bestaat niet.");
  });
});

describe("other inputs that are not text", () => {
  it("a template that is a binary file is refused as not text, naming it", async () => {
    const dir = path.join(await tempDir(), "templates");
    await cp(TEMPLATES, dir, { recursive: true });
    const template = path.join(dir, "teams.md.hbs");
    await writeFile(template, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x1b, 0x5b, 0x33, 0x31, 0x6d]));
    const result = await runCli([
      "generate",
      "-p",
      await profileFile(profileYaml()),
      "--templates",
      dir,
      "-t",
      "teams",
      "-o",
      path.join(dir, "..", "out"),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain(ESC);
    expect(result.stderr).toContain(`Het bestand ${template} is geen tekstbestand`);
  });
});

describe("right-to-left names print as typed", () => {
  it("Arabic and Hebrew, with Latin and digits, in the text and Word letters", async () => {
    const name = "CLB مركز 12 Noord";
    const contact = "מרכז 3 – de directeur";
    const file = await profileFile(
      profileYaml({
        name: `name: ${name}`,
        complaint: `complaint:\n  contact: ${contact}\n  email: klacht@test.clb.example`,
      }),
    );
    const out = path.join(path.dirname(file), "out");
    const result = await runCli([
      "generate",
      "-p",
      file,
      "-o",
      out,
      "-t",
      "teams",
      "--audience",
      "pupil",
      "--documents",
      "letters",
      "-f",
      "txt,docx",
    ]);
    expect(result.code, result.stderr).toBe(0);
    const txt = await readFile(path.join(out, "clb-test", "toestemming-teams.txt"), "utf8");
    expect(txt).toContain(name);
    expect(txt).toContain(contact);
    const docx = readDocx(await readFile(path.join(out, "clb-test", "toestemming-teams.docx")));
    expect(docx.text).toContain(name);
    expect(docx.text).toContain(contact);
  });
});

describe("a soft hyphen", () => {
  it("is left out of the letter, and generate says where it was", async () => {
    const file = await profileFile(profileYaml({ name: "name: CLB Noord\u00ADoost" }));
    const out = path.join(path.dirname(file), "out");
    const result = await runCli([
      "generate",
      "-p",
      file,
      "-o",
      out,
      "-t",
      "teams",
      "--audience",
      "pupil",
      "--documents",
      "letters",
      "-f",
      "txt",
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      `Waarschuwing: ${file}:2:16  Hier stond een onzichtbaar zacht afbreekstreepje (SOFT HYPHEN, U+00AD).`,
    );
    const txt = await readFile(path.join(out, "clb-test", "toestemming-teams.txt"), "utf8");
    expect(txt).toContain("CLB Noordoost");
    expect(txt).not.toContain("\u00AD");
  });
});
