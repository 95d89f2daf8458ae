import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors/user-error.js";
import { createTranslator } from "../../src/core/i18n/translator.js";
import { formatUserError } from "../../src/node/cli/format-error.js";
import { profileYaml, runCli, tempDir } from "../helpers/cli.js";

// Issue 27, point 6: what zod, the yaml library and the system say ("int", "Nested mappings are
// not allowed in compact mappings", "please use YAML.parseAllDocuments()", "ENOTFOUND") is said
// in our words, in Dutch by default and in English with --lang en.
const dir = await tempDir();

async function refusal(name: string, yaml: string, lang: "nl" | "en" = "nl"): Promise<string> {
  const file = path.join(dir, `${name}.yaml`);
  await writeFile(file, yaml);
  const result = await runCli([
    "generate",
    "-p",
    file,
    "-o",
    path.join(dir, "out"),
    "--lang",
    lang,
  ]);
  expect(result.code, result.stderr).toBe(1);
  expect(result.stdout).toBe("");
  return result.stderr;
}

// The library texts that leaked, and Dutch words that leaked into English messages.
const LEAKS = /Technisch|Technically|please use|Nested mappings|Implicit keys|\bint\b|YAML\.parse/;

describe("a profile's problems in our own words", () => {
  it("an unquoted postcode is told to be quoted, as written (a leading zero kept)", async () => {
    const text = await refusal(
      "postcode",
      profileYaml({
        address: "address:\n  street: Kerkstraat 1\n  postalCode: 09000\n  city: Gent",
      }),
    );
    expect(text).toContain(
      'address.postalCode: Hier hoort tekst, maar YAML leest 09000 als een getal. Zet de waarde tussen aanhalingstekens: "09000".',
    );
    const english = await refusal(
      "postcode-en",
      profileYaml({
        address: "address:\n  street: Kerkstraat 1\n  postalCode: 9000\n  city: Gent",
      }),
      "en",
    );
    expect(english).toContain(
      'Expected text here, but YAML reads 9000 as a number. Put the value in quotes: "9000".',
    );
  });

  it("names zod's types in the user's language, never zod's own (int) or Dutch in English", async () => {
    const age = profileYaml({ ownConsentAge: "ownConsentAge: 12.5" });
    expect(await refusal("age", age)).toContain(
      "ownConsentAge: De leeftijd moet een geheel getal tussen",
    );
    const address = profileYaml({ address: "address: Kerkstraat 1" });
    expect(await refusal("address", address)).toContain(
      "address: Hier hoort een groep velden, maar er staat tekst.",
    );
    const english = await refusal("address-en", address, "en");
    expect(english).toContain("address: Expected a group of fields here, but found text.");
    expect(english).not.toMatch(/tekst|groep|getal/);
    expect(await refusal("age-en", age, "en")).not.toMatch(LEAKS);
  });

  it.each([
    [
      "two documents",
      `${profileYaml()}---\nid: clb-twee\n`,
      "YAML-schrijffout: de regel --- begint een tweede document",
      "YAML syntax error: the line --- starts a second document",
    ],
    [
      "a colon in a value",
      profileYaml({ name: "name: CLB: Noord" }),
      "YAML-schrijffout: er staat een tweede dubbele punt op deze regel",
      "YAML syntax error: there is a second colon on this line",
    ],
    [
      "a field without its colon",
      profileYaml({ name: "name CLB Noord" }),
      "YAML-schrijffout: deze regel is geen “veld: waarde”",
      "YAML syntax error: this line is not “field: value”",
    ],
    [
      "an unclosed quote",
      profileYaml({ name: 'name: "CLB Noord' }),
      "YAML-schrijffout: hier ontbreekt een afsluitend teken",
      "YAML syntax error: a closing character is missing here",
    ],
  ])("YAML: %s gets advice of ours, not the library's English", async (name, yaml, nl, en) => {
    const dutch = await refusal(name.replaceAll(" ", "-"), yaml);
    expect(dutch).toContain(nl);
    expect(dutch).not.toMatch(LEAKS);
    const english = await refusal(`${name.replaceAll(" ", "-")}-en`, yaml, "en");
    expect(english).toContain(en);
    expect(english).not.toMatch(LEAKS);
  });

  it("id: con says that Windows does not allow that folder name", async () => {
    const text = await refusal("con", profileYaml({ id: "id: con" }));
    expect(text).toContain(
      "id: “con” kan geen id zijn: Windows staat die naam niet toe voor een map",
    );
    expect(await refusal("lpt9", profileYaml({ id: "id: lpt9" }), "en")).toContain(
      "id: “lpt9” cannot be an id: Windows does not allow that name for a folder",
    );
  });

  it("tools: [Teams] is teams, as -t Teams is", async () => {
    const file = path.join(dir, "capital.yaml");
    await writeFile(file, profileYaml({ tools: "tools: [Teams]" }));
    const out = path.join(dir, "capital-out");
    const result = await runCli([
      "generate",
      "-p",
      file,
      "-o",
      out,
      "-f",
      "md",
      "--documents",
      "letters",
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(path.join("clb-test", "toestemming-teams.md"));
    // Written as two ids, they are still one tool twice.
    const twice = await refusal("twice", profileYaml({ tools: "tools: [teams, TEAMS]" }));
    expect(twice).toContain("tools[1]: Het hulpmiddel “teams” staat twee keer in de lijst.");
  });
});

describe("the system's error codes in our own words", () => {
  const error = (reason: string) =>
    new UserError("web.listenFailed", { host: "nergens.invalid", port: 4173, reason });

  it("ENOTFOUND and a port below 1024 are explained, with what to do", () => {
    const nl = formatUserError(createTranslator("nl"), error("ENOTFOUND"));
    expect(nl).toBe(
      "Fout: De pagina kan niet starten op nergens.invalid:4173: die computernaam is onbekend (of het netwerk kan ze niet opzoeken); gebruik 127.0.0.1 of een IP-adres van deze computer",
    );
    const port = formatUserError(createTranslator("en"), error("EACCES"));
    expect(port).toContain("ports below 1024 usually need administrator rights");
  });

  it("a code without words of ours is named as the system's, a library sentence as a detail", () => {
    const t = createTranslator("nl");
    expect(formatUserError(t, error("EWEIRD"))).toMatch(/: het systeem meldt de fout EWEIRD$/);
    expect(formatUserError(t, error("socket hang up"))).toMatch(
      /: een onverwachte fout \(technische melding: socket hang up\)$/,
    );
  });

  it("web --host with an unknown name says so, in English too", async () => {
    const result = await runCli([
      "web",
      "--host",
      "nergens.invalid",
      "--port",
      "0",
      "--lang",
      "en",
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("that host name is unknown");
    expect(result.stderr).not.toMatch(/ENOTFOUND|Warning: Warning/);
  });
});
