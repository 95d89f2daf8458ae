import { cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toolIds } from "../../src/core/tools/tool-catalog.js";
import { run } from "../../src/node/cli/run.js";
import { loadProfile } from "../../src/node/io/load-profile.js";
import { loadShippedTools } from "../../src/node/io/load-tools.js";
import { CONTRACTS_YAML, PROFILES, profileYaml, TEMPLATES, tempDir } from "../helpers/cli.js";

/** Runs the CLI in this process, as a user would, and keeps what it prints. */
async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function writeProfile(dir: string, name: string, tools: string): Promise<string> {
  const file = path.join(dir, name);
  // The centre's contract with Cisco, for the Webex letter, beside those of the shipped tools.
  const webex = [
    "  webex:",
    "    role: processor",
    "    where: eu",
    "    retention: Cisco wist alles na 30 dagen.",
    "    agreement: Cisco DPA",
    '    agreementDate: "2025-01-01"',
  ].join("\n");
  const contracts = tools.includes("webex") ? `${CONTRACTS_YAML}\n${webex}` : CONTRACTS_YAML;
  await writeFile(
    file,
    profileYaml({ id: `id: ${path.basename(name, ".yaml")}`, tools, contracts }),
  );
  return file;
}

const WEBEX = `
  webex:
    name: Webex
    shortName: Webex
    vendor: Cisco
    privacyUrl: https://webex.example/privacy
    guestAccount: unknown
    computerApp: unknown
    passcode: true
    lobby: true
    livestream: false
    recording: unknown
    e2ee: unknown
    sources:
      - url: https://webex.example/privacy
        read: "2026-12-03"
        about: een testbron
    version: "1"
    versionDate: "2026-12-01"
`;

/** A copy of the shipped templates with a fourth tool added as data and a template only. */
async function templatesWithWebex(): Promise<string> {
  const dir = path.join(await tempDir("clb-webex-"), "templates");
  await cp(TEMPLATES, dir, { recursive: true });
  const tools = await readFile(path.join(dir, "tools.yaml"), "utf8");
  await writeFile(path.join(dir, "tools.yaml"), tools.replace(/^tools:\n/m, `tools:${WEBEX}`));
  await cp(path.join(dir, "zoom.md.hbs"), path.join(dir, "webex.md.hbs"));
  return dir;
}

describe("the tools are the entries of tools.yaml", () => {
  it("ships Teams, Praatbox, Zoom, Jitsi Meet and Google Meet, and the schema lists them", async () => {
    const ids = toolIds(await loadShippedTools());
    expect(ids).toEqual(["teams", "praatbox", "zoom", "jitsi", "google-meet"]);
    const result = await cli(["schema"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).properties.tools.items.enum).toEqual(ids);
  });

  it("a tool added with an entry and a template works in schema, validate, generate and batch", async () => {
    const templates = await templatesWithWebex();
    const dir = await tempDir();
    const profile = await writeProfile(dir, "clb-webex.yaml", "tools: [webex]");

    const schema = await cli(["schema", "--templates", templates]);
    expect(JSON.parse(schema.out).properties.tools.items.enum).toContain("webex");

    const validate = await cli([
      "validate",
      "--strict",
      "-p",
      profile,
      path.join(templates, "webex.md.hbs"),
    ]);
    expect(validate.err).toBe("");
    expect(validate.code).toBe(0);
    expect(validate.out).toMatch(/webex\.md\.hbs/);

    const out = path.join(dir, "out");
    const generate = await cli([
      "generate",
      "-p",
      profile,
      "--templates",
      templates,
      "-f",
      "txt",
      "-o",
      out,
    ]);
    expect(generate.err).toBe("");
    expect(generate.code).toBe(0);
    const letter = await readFile(path.join(out, "clb-webex", "toestemming-webex.txt"), "utf8");
    expect(letter).toContain("Beeldbellen met Webex: geïnformeerde toestemming voor leerlingen");
    expect(letter).toContain("https://webex.example/privacy");
    // Webex's facts say it cannot livestream: its letter does not warn against it.
    expect(letter).not.toMatch(/livestream/i);

    const profiles = path.join(dir, "profielen");
    await mkdir(profiles);
    await cp(profile, path.join(profiles, "clb-webex.yaml"));
    const batchOut = path.join(dir, "batch");
    const batch = await cli([
      "batch",
      "--profiles",
      profiles,
      "--templates",
      templates,
      "-f",
      "md",
      "-o",
      batchOut,
      "-j",
      "1",
    ]);
    expect(batch.code).toBe(0);
    expect((await readdir(path.join(batchOut, "clb-webex"))).sort()).toEqual([
      "toestemming-webex-ouders.md",
      "toestemming-webex.md",
    ]);
  });

  it("the shipped tools.yaml does not know that tool", async () => {
    const dir = await tempDir();
    const profile = await writeProfile(dir, "clb-webex.yaml", "tools: [webex]");
    const result = await cli(["generate", "-p", profile, "-f", "txt", "-o", path.join(dir, "o")]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/tools\[0\]/);
    expect(result.err).toMatch(
      /“webex” is geen gekend hulpmiddel\. Kies uit: teams, praatbox, zoom, jitsi, google-meet/,
    );
  });
});

describe("a tool tools.yaml does not know", () => {
  it("in --tools is wrong usage, before any output folder is made", async () => {
    const dir = await tempDir();
    const out = path.join(dir, "out");
    const result = await cli(["batch", "--profiles", PROFILES, "--tools", "webex", "-o", out]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /“webex” bestaat niet\. Kies uit: teams, praatbox, zoom, jitsi, google-meet, all/,
    );
    await expect(readdir(out)).rejects.toThrow();
  });
});

describe("a retired tool", () => {
  it("skype in a profile is refused with its date and advice, and no letter is written", async () => {
    const dir = await tempDir();
    const profile = await writeProfile(dir, "clb-skype.yaml", "tools: [teams, skype]");
    const out = path.join(dir, "out");
    const result = await cli(["generate", "-p", profile, "-f", "txt", "-o", out]);
    expect(result.code).toBe(1);
    // File, line and column, then the field.
    expect(result.err).toMatch(/clb-skype\.yaml:\d+:\d+ +tools\[1\]:/);
    expect(result.err).toMatch(/Skype/);
    expect(result.err).toMatch(/2025/);
    expect(result.err).toMatch(/Microsoft Teams/);
    expect(result.err).toMatch(/Kies een ander hulpmiddel/);
    await expect(readdir(out)).rejects.toThrow();
  });

  it("says so in English with --lang en", async () => {
    const dir = await tempDir();
    const profile = await writeProfile(dir, "clb-skype.yaml", "tools: [skype]");
    const result = await cli([
      "--lang",
      "en",
      "generate",
      "-p",
      profile,
      "-o",
      path.join(dir, "o"),
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/no longer exists since 2025-05-05: Microsoft discontinued Skype/);
    expect(result.err).toMatch(/Choose another tool/);
  });

  it("--tools skype is wrong usage with the same advice", async () => {
    const result = await cli([
      "generate",
      "-p",
      path.join(PROFILES, "clb-minimaal.yaml"),
      "--tool",
      "skype",
      "-o",
      path.join(await tempDir(), "o"),
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Skype.*2025.*Kies een ander hulpmiddel/s);
  });

  it("in a batch only that centre gets no letters", async () => {
    const dir = await tempDir();
    const profiles = path.join(dir, "profielen");
    await mkdir(profiles);
    await writeProfile(profiles, "clb-skype.yaml", "tools: [skype]");
    await writeProfile(profiles, "clb-teams.yaml", "tools: [teams]");
    const out = path.join(dir, "out");
    const result = await cli(["batch", "--profiles", profiles, "-f", "txt", "-o", out, "-j", "1"]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/Skype/);
    expect(await readdir(out)).toContain("clb-teams");
    expect(await readdir(out)).not.toContain("clb-skype");
  });
});

describe("a centre's own templates folder", () => {
  async function teamsOnly(): Promise<string> {
    const dir = path.join(await tempDir("clb-own-"), "sjablonen");
    await mkdir(dir);
    await cp(path.join(TEMPLATES, "partials"), path.join(dir, "partials"), { recursive: true });
    await cp(path.join(TEMPLATES, "teams.md.hbs"), path.join(dir, "teams.md.hbs"));
    return dir;
  }

  it("needs only the templates of the tools its profiles use, in generate and batch", async () => {
    const templates = await teamsOnly();
    const dir = await tempDir();
    const profile = await writeProfile(dir, "clb-teams.yaml", "tools: [teams]");
    const generate = await cli([
      "generate",
      "-p",
      profile,
      "--templates",
      templates,
      "-f",
      "txt",
      "-o",
      path.join(dir, "g"),
    ]);
    expect(generate.err).toBe("");
    expect(generate.code).toBe(0);

    const profiles = path.join(dir, "profielen");
    await mkdir(profiles);
    await cp(profile, path.join(profiles, "clb-teams.yaml"));
    const batch = await cli([
      "batch",
      "--profiles",
      profiles,
      "--templates",
      templates,
      "-f",
      "txt",
      "-o",
      path.join(dir, "b"),
      "-j",
      "1",
    ]);
    expect(batch.code).toBe(0);
    // The staff guide too: the shipped guide templates serve a folder without its own.
    expect((await readdir(path.join(dir, "b", "clb-teams"))).sort()).toEqual([
      "handleiding-teams.txt",
      "toestemming-teams-ouders.txt",
      "toestemming-teams.txt",
    ]);
  });

  it("still needs the template of a tool a profile uses", async () => {
    const templates = await teamsOnly();
    const dir = await tempDir();
    const profile = await writeProfile(dir, "clb-zoom.yaml", "tools: [teams, zoom]");
    const result = await cli([
      "generate",
      "-p",
      profile,
      "--templates",
      templates,
      "-o",
      path.join(dir, "g"),
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(path.join(templates, "zoom.md.hbs"));
  });
});

describe("letters of the new tools", () => {
  it("every shipped tool's letter passes validate --strict with every example profile", async () => {
    const result = await cli(["validate", "--strict", "--json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as {
      targets: { file: string; profile?: string; audience?: string; lang?: string }[];
    };
    const files = (await readdir(PROFILES)).filter((f) => f.endsWith(".yaml"));
    const loaded = await Promise.all(files.map((f) => loadProfile(path.join(PROFILES, f))));
    for (const id of toolIds(await loadShippedTools())) {
      // Both letters, the pupil's and the parents', with every example profile that uses the
      // tool (and so has the centre's contract for it).
      const users = files.filter((_, i) => loaded[i]!.profile.tools.includes(id));
      expect(users.length, id).toBeGreaterThan(0);
      for (const audience of ["pupil", "parents"]) {
        const checked = report.targets.filter(
          // The Dutch letter; the translations are checked in translations-shipped.test.ts.
          (t) => t.file.endsWith(`${id}.md.hbs`) && t.profile && t.audience === audience && !t.lang,
        );
        expect(checked.map((t) => t.profile).sort()).toEqual(users.sort());
      }
    }
  });

  it("an example centre uses all five tools and gets both letters for each", async () => {
    const out = path.join(await tempDir(), "out");
    const result = await cli([
      "generate",
      "-p",
      path.join(PROFILES, "clb-open-net.yaml"),
      "-f",
      "txt",
      "-o",
      out,
    ]);
    expect(result.code).toBe(0);
    const files = (await readdir(path.join(out, "clb-open-net"))).sort();
    expect(files).toEqual(
      [
        // A staff guide for each of the five tools (each has guide facts in tool-guides.yaml).
        ...["google-meet", "jitsi", "praatbox", "teams", "zoom"].flatMap((t) => [
          `handleiding-${t}.txt`,
          `toestemming-${t}-ouders.txt`,
          `toestemming-${t}.txt`,
        ]),
      ].sort(),
    );
    const jitsi = await readFile(path.join(out, "clb-open-net", "toestemming-jitsi.txt"), "utf8");
    expect(jitsi).toMatch(/Geef de link aan niemand door/);
    expect(jitsi).toMatch(/wachtruimte/);
    const zoom = await readFile(path.join(out, "clb-open-net", "toestemming-zoom.txt"), "utf8");
    // Facts from the centre's contract: Zoom processes data in and outside the EU, with the
    // safeguard the contract names, as the centre's processor.
    expect(zoom).toMatch(/binnen en buiten de Europese Unie/);
    expect(zoom).toContain("de standaardcontractbepalingen van de Europese Commissie");
    expect(zoom).toMatch(/als verwerker/);
    const meet = await readFile(
      path.join(out, "clb-open-net", "toestemming-google-meet.txt"),
      "utf8",
    );
    // Whether a guest needs a Google account depends on the organisation's admin settings
    // (Google's own pages; off by default for Workspace for Education): the letter does not say.
    expect(meet).not.toMatch(/geen account bij Google nodig/);
    // Where Google processes the data and its role come from the centre's contract: no
    // hedging, no sending the reader to Google's own statement to find out.
    expect(meet).not.toMatch(/Of Google gegevens ook buiten de Europese Unie verwerkt/);
    expect(meet).not.toMatch(/Welke rol Google heeft/);
    expect(meet).toMatch(/als verwerker/);
    // Teams' livestream fact is unknown: its letter warns in general terms, without claiming
    // Teams can.
    const teams = await readFile(path.join(out, "clb-open-net", "toestemming-teams.txt"), "utf8");
    const warning = /nooit live uit op het internet \(livestreamen\): niemand anders mag meekijken/;
    expect(teams).toMatch(warning);
    expect(teams).not.toMatch(/ook al kan dat met Teams/);
    // Zoom can livestream: its letter warns too, saying what never to do, not that Zoom can
    // (that would plant the idea; issue 26, point 4).
    expect(zoom).toMatch(warning);
    expect(zoom).not.toMatch(/ook al kan dat met Zoom/);
    // The parents' letter of a new tool speaks to the parent about the child.
    const zoomParents = await readFile(
      path.join(out, "clb-open-net", "toestemming-zoom-ouders.txt"),
      "utf8",
    );
    expect(zoomParents).toMatch(/Alleen voor je kind\. Geef de link aan niemand door/);
    expect(zoomParents).toMatch(/als verwerker/);
  });
});
