import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { toolFacts, toolIds } from "../../src/core/tools/tool-catalog.js";
import { loadProfile } from "../../src/node/io/load-profile.js";
import { loadShippedTools } from "../../src/node/io/load-tools.js";
import { PROFILES, profileYaml, runCli, spawnCli, TEMPLATES, tempDir } from "../helpers/cli.js";
import { editedTemplates } from "../helpers/edit-templates.js";

const EXAMPLES = ["clb-de-brug", "clb-minimaal", "clb-praatbox", "clb-wereldwijd"] as const;

describe("clb-consent generate on the example profiles", () => {
  let out: string;
  beforeAll(async () => {
    out = path.join(await tempDir(), "out");
    for (const id of EXAMPLES) {
      const result = await runCli([
        "generate",
        "--profile",
        path.join(PROFILES, `${id}.yaml`),
        "--format",
        "md,txt",
        "--out",
        out,
      ]);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
    }
  });

  it.each(EXAMPLES)("writes %s's letters for exactly the profile's tools", async (id) => {
    const { profile } = await loadProfile(path.join(PROFILES, `${id}.yaml`));
    const files = (await readdir(path.join(out, id))).sort();
    const expected = profile.tools
      .flatMap((tool) => [
        ...["", "-ouders"].flatMap((to) => [
          `toestemming-${tool}${to}.md`,
          `toestemming-${tool}${to}.txt`,
        ]),
        `handleiding-${tool}.md`,
        `handleiding-${tool}.txt`,
      ])
      .sort();
    expect(files).toEqual(expected);
  });

  it.each(EXAMPLES)("puts %s's own facts into each text letter", async (id) => {
    const { profile } = await loadProfile(path.join(PROFILES, `${id}.yaml`));
    for (const tool of profile.tools) {
      const text = await readFile(path.join(out, id, `toestemming-${tool}.txt`), "utf8");
      expect(text).toContain(profile.name);
      expect(text).toContain(profile.privacyUrl);
      expect(text).toContain(profile.complaint.contact);
      for (const channel of [
        profile.complaint.email,
        profile.complaint.phone,
        profile.complaint.url,
      ]) {
        if (channel) expect(text).toContain(channel);
      }
      expect(text).toContain(profile.authority.name);
      expect(text).toContain(profile.authority.url);
      // The centre's own age: from it a pupil decides, below it the parents do.
      expect(text).toContain(
        `Ben je jonger dan ${profile.ownConsentAge} jaar? Dan beslissen je ouders of je voogd.`,
      );
      expect(text).toContain(`Ben je ${profile.ownConsentAge} jaar of ouder`);
      // The GDPR's rule for telling clients of a breach (art. 34: a high risk, told without undue
      // delay); a fixed time only as the centre's promise.
      expect(text).toMatch(/hoog risico[^.]*\? Dan laten we je dat zonder uitstel weten/);
      if (profile.breachPromiseHours) expect(text).toContain(`${profile.breachPromiseHours} uur`);
      else expect(text).not.toMatch(/72 uur/);
      if (profile.dpo) expect(text).toContain(profile.dpo.email);
      // Retention per kind of data, as the profile and the centre's contract say it.
      expect(text).toContain(profile.retention.file);
      expect(text).toContain(profile.retention.agreement);
      const contract = profile.contracts?.[tool];
      if (contract?.retention) expect(text).toContain(contract.retention);
      for (const leftover of ["[link naar", "invoegen", "{{", "}}", "undefined", "[object"]) {
        expect(text).not.toContain(leftover);
      }
    }
  });

  it("warns against livestreaming in every letter whose tool can (or may) livestream", async () => {
    const tools = await loadShippedTools();
    for (const id of EXAMPLES) {
      const { profile } = await loadProfile(path.join(PROFILES, `${id}.yaml`));
      for (const tool of profile.tools) {
        const text = await readFile(path.join(out, id, `toestemming-${tool}.txt`), "utf8");
        // A tool whose facts say it cannot livestream gets no warning (tests/e2e/tools.test.ts).
        if (toolFacts(tools, tool).livestream !== false)
          expect(text, `${id} ${tool}`).toMatch(/nooit live uit op het internet \(livestreamen\)/);
      }
    }
    expect(
      await readFile(path.join(out, "clb-de-brug", "toestemming-praatbox.txt"), "utf8"),
    ).toMatch(/nooit live uit op het internet \(livestreamen\): niemand anders mag meekijken\./);
    // The warning says what never to do, not that the tool can do it (issue 26, point 4).
    expect(
      await readFile(path.join(out, "clb-de-brug", "toestemming-praatbox.txt"), "utf8"),
    ).not.toMatch(/kan dat met Praatbox|Praatbox kan (live|uitzenden)/);
  });

  it("states the vendor's privacy statement as Praatbox's own, not Jitsi's", async () => {
    const text = await readFile(path.join(out, "clb-praatbox", "toestemming-praatbox.txt"), "utf8");
    // Praatbox is the centre's processor here: its own statement is about its own purposes.
    expect(text).toContain(
      "Zijn eigen privacyverklaring gaat over wat het voor zichzelf doet, in het Nederlands:",
    );
    expect(text).toContain("https://www.praatbox.be/pages/nl/privacy.html");
    expect(text).not.toMatch(/bedrijf Jitsi/);
  });

  it("prints names from many languages exactly", async () => {
    const text = await readFile(path.join(out, "clb-wereldwijd", "toestemming-teams.txt"), "utf8");
    for (const value of [
      "CLB Zoë & Łucja – Çelik-Wiśniewski",
      "Ayşe Çelik, vertrouwenspersoon",
      "Łucja Wiśniewska",
    ]) {
      expect(text).toContain(value);
    }
  });

  it("dates the letter from the profile, in Dutch", async () => {
    const text = await readFile(path.join(out, "clb-wereldwijd", "toestemming-teams.txt"), "utf8");
    expect(text).toContain("1 december 2026");
  });
});

describe("clb-consent generate options", () => {
  // A process of its own: the default out folder is relative to the working folder, and this is
  // the one test of the bin shim (bin/clb-consent.js on the built bundle) as a user starts it.
  it("--tool, --date and the default out folder", async () => {
    const cwd = await tempDir();
    const result = await spawnCli(
      [
        "generate",
        "-p",
        path.join(PROFILES, "clb-open-net.yaml"),
        "--tool",
        "praatbox",
        "--date",
        "2027-02-03",
      ],
      cwd,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Brieven gemaakt: 8, in out\.$/m);
    expect((await readdir(path.join(cwd, "out", "clb-open-net"))).sort()).toEqual(
      ["docx", "md", "pdf", "txt"]
        .flatMap((ext) => [
          `handleiding-praatbox.${ext}`,
          `toestemming-praatbox.${ext}`,
          `toestemming-praatbox-ouders.${ext}`,
        ])
        .sort(),
    );
    expect(
      await readFile(path.join(cwd, "out", "clb-open-net", "toestemming-praatbox.txt"), "utf8"),
    ).toContain("3 februari 2027");
  });

  it("--tool all makes every tool's letter, also one the profile does not list", async () => {
    const dir = await tempDir();
    // The profile lists Praatbox only, and has the centre's contract with every vendor.
    const profile = path.join(dir, "clb-praatbox.yaml");
    await writeFile(profile, profileYaml({ id: "id: clb-praatbox", tools: "tools: [praatbox]" }));
    const result = await runCli([
      "generate",
      "-p",
      profile,
      "--tool",
      "all",
      "-f",
      "txt",
      "-o",
      dir,
    ]);
    expect(result.code).toBe(0);
    // Every shipped tool has guide facts (templates/guides/tool-guides.yaml): its two letters
    // and its staff guide, and no guide is skipped.
    expect(result.stdout).not.toMatch(/Geen handleiding/);
    expect((await readdir(path.join(dir, "clb-praatbox"))).sort()).toEqual(
      toolIds(await loadShippedTools())
        .flatMap((tool) => [
          `handleiding-${tool}.txt`,
          `toestemming-${tool}-ouders.txt`,
          `toestemming-${tool}.txt`,
        ])
        .sort(),
    );
  });

  it("a tool without guide facts gets its letters but no guide, and the CLI says so", async () => {
    const dir = await tempDir();
    // Drop zoom's entry from a copy of tool-guides.yaml (up to the next top-level key).
    const templates = await editedTemplates([
      { file: "guides/tool-guides.yaml", remove: /\nzoom:\n(?:(?: {2}.*|)\n)*?(?=jitsi:)/ },
    ]);
    const result = await runCli([
      "generate",
      "-p",
      path.join(PROFILES, "clb-open-net.yaml"),
      "-f",
      "txt",
      "-o",
      dir,
      "--templates",
      templates,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Geen handleiding voor zoom: /m);
    // It names the guide facts of the templates folder in use, not the shipped one's.
    expect(result.stdout).toContain(path.join(templates, "guides", "tool-guides.yaml"));
    const files = await readdir(path.join(dir, "clb-open-net"));
    expect(files).toContain("toestemming-zoom.txt");
    expect(files).not.toContain("handleiding-zoom.txt");
    expect(files).toContain("handleiding-jitsi.txt");
  });

  it("--signature adds the block to sign, with the parent or guardian line", async () => {
    const dir = await tempDir();
    const args = [
      "generate",
      "-p",
      path.join(PROFILES, "clb-minimaal.yaml"),
      "-f",
      "txt",
      "-o",
      dir,
    ];
    await runCli(args);
    const without = await readFile(path.join(dir, "clb-minimaal", "toestemming-teams.txt"), "utf8");
    expect(without).not.toContain("Voor akkoord");
    expect((await runCli([...args, "--signature"])).code).toBe(0);
    const withBlock = await readFile(
      path.join(dir, "clb-minimaal", "toestemming-teams.txt"),
      "utf8",
    );
    expect(withBlock).toContain("Voor akkoord");
    expect(withBlock).toContain("Naam van de leerling:");
    const parents = await readFile(
      path.join(dir, "clb-minimaal", "toestemming-teams-ouders.txt"),
      "utf8",
    );
    expect(parents).toContain("Naam van de ouder of voogd:");
  });

  it("gives the same bytes twice", async () => {
    const dir = await tempDir();
    const args = (out: string) => [
      "generate",
      "-p",
      path.join(PROFILES, "clb-de-brug.yaml"),
      "-f",
      "md,txt",
      "-o",
      out,
    ];
    await runCli(args(path.join(dir, "a")));
    await runCli(args(path.join(dir, "b")));
    for (const file of ["toestemming-teams.md", "toestemming-praatbox.txt"]) {
      const a = await readFile(path.join(dir, "a", "clb-de-brug", file));
      const b = await readFile(path.join(dir, "b", "clb-de-brug", file));
      expect(a.equals(b)).toBe(true);
    }
  });

  it("wrong usage exits 2 with a Dutch message", async () => {
    for (const args of [
      ["generate", "-p", "x.yaml", "--bogus"],
      ["generate", "-p", "x.yaml", "--tool", "webex"],
      ["generate", "-p", "x.yaml", "--format", "odt"],
      ["generate", "-p", "x.yaml", "--date", "2026-02-30"],
      ["generate"],
      ["--lang", "fr"],
    ]) {
      const result = await runCli(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/^Fout: /);
    }
  });
});

describe("a hostile centre name", () => {
  it("prints exactly so, never as Markdown or Handlebars", async () => {
    const dir = await tempDir();
    const name = "CLB *Noord* [x](https://evil.example) {{name}}";
    const file = path.join(dir, "noord.yaml");
    await writeFile(file, profileYaml({ name: `name: "${name}"` }));
    const result = await runCli(["generate", "-p", file, "-o", path.join(dir, "out")]);
    expect(result.code).toBe(0);
    const text = await readFile(path.join(dir, "out", "clb-test", "toestemming-teams.txt"), "utf8");
    expect(text.split("\n")[0]).toBe(name);
    expect(text).toContain(`${name} wil soms met je beeldbellen via`);
    expect(text).toContain(`De medewerkers van ${name} die je`);
    expect(text).not.toContain("x (https://evil.example)"); // no link was made of it
    const md = await readFile(path.join(dir, "out", "clb-test", "toestemming-teams.md"), "utf8");
    // Only what would become markup is escaped: the rest reads as plain text in an e-mail.
    expect(md).toContain("CLB \\*Noord\\* \\[x\\](https://evil.example) {{name}}");
  });
});

describe("broken input", () => {
  const cases: Record<string, { yaml: string; field: string; line: number; message: RegExp }> = {
    "a missing field": {
      yaml: profileYaml({ email: null }),
      field: "email",
      line: 1,
      message: /Het veld ontbreekt/,
    },
    "a misspelt field": {
      yaml: profileYaml({ privacyUrl: "privacyUrl: https://x.example\nwebsit: https://y.example" }),
      field: "websit",
      line: 0,
      message: /bestaat niet\. Bedoel je “website”\?/,
    },
    "a bad URL": {
      yaml: profileYaml({ website: "website: www.zonder-schema" }),
      field: "website",
      line: 0,
      message: /geen geldige webadres/,
    },
    "a bad e-mail": {
      yaml: profileYaml({ email: "email: info@" }),
      field: "email",
      line: 0,
      message: /geen geldig e-mailadres/,
    },
    "a YAML syntax error": {
      yaml: 'id: clb-test\nname: "niet gesloten\nphone: 1\n',
      field: "",
      line: 0,
      message: /YAML-schrijffout/,
    },
  };

  it.each(Object.entries(cases))(
    "%s: exit 1, file:line and field in Dutch, no stack, nothing written",
    async (_label, c) => {
      const dir = await tempDir();
      const file = path.join(dir, "kapot.yaml");
      await writeFile(file, c.yaml);
      const out = path.join(dir, "out");
      const result = await runCli(["generate", "-p", file, "-o", out]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^Fout: Het profiel .*kapot\.yaml bevat \d+ fout/);
      const line =
        c.line || c.yaml.split("\n").findIndex((l) => c.field && l.startsWith(`${c.field}:`)) + 1;
      const where = c.field ? `kapot.yaml:${line}:\\d+  ${c.field}: ` : "kapot.yaml:\\d+:\\d+  ";
      expect(result.stderr).toMatch(new RegExp(where));
      expect(result.stderr).toMatch(c.message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      await expect(readdir(out)).rejects.toThrow();
    },
  );

  it("speaks English with --lang en", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "kapot.yaml");
    await writeFile(file, profileYaml({ email: null }));
    const result = await runCli([
      "generate",
      "-p",
      file,
      "--lang",
      "en",
      "-o",
      path.join(dir, "out"),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Error: The profile .* has 1 error/);
    expect(result.stderr).toContain("email: This field is missing.");
  });

  it("a template with a misspelt variable exits 1 naming the template, line and column", async () => {
    const dir = await tempDir();
    const templates = path.join(dir, "templates");
    await cp(TEMPLATES, templates, { recursive: true });
    const teams = path.join(templates, "teams.md.hbs");
    const lines = (await readFile(teams, "utf8")).split("\n");
    const index = lines.findIndex((l) => l.includes("**Wat {{tool.name}} bijhoudt.**"));
    lines[index] = lines[index]!.replace(
      "**Wat {{tool.name}} bijhoudt.**",
      "**Wat {{tool.naam}} bijhoudt.**",
    );
    await writeFile(teams, lines.join("\n"));
    const column = lines[index]!.indexOf("tool.naam") + 1;
    const out = path.join(dir, "out");
    const result = await runCli([
      "generate",
      "-p",
      path.join(PROFILES, "clb-minimaal.yaml"),
      "--templates",
      templates,
      "-o",
      out,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `teams.md.hbs:${index + 1}:${column}  tool.naam: Het sjabloon gebruikt “tool.naam”, maar die waarde bestaat niet. Bedoel je “tool.name”?`,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    await expect(readdir(out)).rejects.toThrow();
  });

  it("a template that lost a required clause: exit 1, the template and clause named, nothing written", async () => {
    const templates = await editedTemplates([
      { file: "partials/datalek.md.hbs", remove: /^[\s\S]*$/ },
    ]);
    const out = path.join(path.dirname(templates), "out");
    const result = await runCli([
      "generate",
      "-p",
      path.join(PROFILES, "clb-praatbox.yaml"),
      "--templates",
      templates,
      "-o",
      out,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /clb-praatbox\.yaml: de brief voor praatbox mist een verplichte clausule, dus er is niets geschreven\./,
    );
    expect(result.stderr).toContain(
      `${path.join(templates, "praatbox.md.hbs")}  datalek: Bij een datalek met een hoog risico verwittigen we de cliënt zonder uitstel: ontbreekt`,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    await expect(readdir(out)).rejects.toThrow();

    // A clause that is only recommended does not stop the letter.
    const lighter = await editedTemplates([
      { file: "partials/geautomatiseerd.md.hbs", remove: /^[\s\S]*$/ },
    ]);
    const made = await runCli([
      "generate",
      "-p",
      path.join(PROFILES, "clb-praatbox.yaml"),
      "--templates",
      lighter,
      "-o",
      out,
      "-f",
      "txt",
    ]);
    expect(made.code, made.stderr).toBe(0);
    const text = await readFile(path.join(out, "clb-praatbox", "toestemming-praatbox.txt"), "utf8");
    expect(text).not.toContain("Geen beslissingen door een computer");
  });

  it("a missing profile file exits 1 naming it", async () => {
    const result = await runCli(["generate", "-p", "bestaat-niet.yaml"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Het bestand bestaat-niet.yaml bestaat niet.");
  });

  it("an unwritable output folder exits 1 with a clear message", async () => {
    const dir = await tempDir();
    const blocker = path.join(dir, "bestand");
    await writeFile(blocker, "geen map");
    const result = await runCli([
      "generate",
      "-p",
      path.join(PROFILES, "clb-minimaal.yaml"),
      "-o",
      path.join(blocker, "out"),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/kan niet geschreven worden|kon niet weggeschreven/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("clb-consent schema", () => {
  it("prints the JSON Schema generated from the zod schema, and the committed copy is current", async () => {
    const result = await runCli(["schema"]);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.properties.privacyUrl).toBeDefined();
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(["id", "name", "privacyUrl", "complaint", "tools"]),
    );
    const committed = await readFile(
      path.join(PROFILES, "..", "schema", "profile.schema.json"),
      "utf8",
    );
    expect(JSON.parse(committed)).toEqual(schema);
  });

  it("every example profile points editors to it", async () => {
    for (const file of await readdir(PROFILES)) {
      if (!file.endsWith(".yaml")) continue;
      const text = await readFile(path.join(PROFILES, file), "utf8");
      expect(text.split("\n")[0]).toBe(
        "# yaml-language-server: $schema=../schema/profile.schema.json",
      );
    }
  });
});
