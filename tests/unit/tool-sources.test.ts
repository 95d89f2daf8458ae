import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Tool, ToolsFile } from "../../src/core/tools/tool-schema.js";
import { loadShippedTools, loadTools } from "../../src/node/io/load-tools.js";
import { TEMPLATES, tempDir } from "../helpers/cli.js";

/**
 * The vendors' own domains, per tool: a fact a letter states comes from the vendor's own page,
 * never from a mirror, a summary site, a forum or a university's help page (issue 26, point 2).
 * A host counts when it is the domain or one of its subdomains. Kept here as data: adding a
 * tool to tools.yaml means saying here which domains are its vendor's.
 */
const OWN_DOMAINS: Record<string, readonly string[]> = {
  teams: ["microsoft.com"],
  praatbox: ["praatbox.be"],
  zoom: ["zoom.us", "zoom.com"],
  // jitsi.github.io is the Jitsi project's own handbook (GitHub Pages of the jitsi organisation).
  jitsi: ["jitsi.org", "8x8.com", "jitsi.github.io"],
  // googleblog.com carries Google's own Workspace Updates blog.
  "google-meet": ["google.com", "googleblog.com"],
};

/**
 * Hosts on a vendor's domain that are not its published pages: a staging copy
 * (stage-optimizely.zoom.com was one source) says what a page might become, not what it says.
 */
const NOT_PUBLISHED = /^(stage|staging|preview|test|dev)([-.]|$)/;

/** The fields that hold an address, which must be on the vendor's own domains too. */
const URL_FIELDS = ["privacyUrl", "dataUrl", "guideUrl", "hostHelpUrl"] as const;

/**
 * For each fact, the words a source's `about` uses when it backs that fact. A fact that is
 * `unknown` or absent needs no source; any other value needs one whose `about` names it.
 */
const FACT_WORDS: Partial<Record<keyof Tool, RegExp>> = {
  collects: /verzamel|verwerk/i,
  guestAccount: /account/i,
  guestEnters: /invul|vult/i,
  computerApp: /browser|programma/i,
  phoneApp: /\bapp\b/i,
  passcode: /wachtwoord|toegangscode/i,
  lobby: /lobby|wachtruimte|aanklop/i,
  admits: /binnen/i,
  moderatorLogin: /aanmeld/i,
  livestream: /livestream/i,
  recording: /opname|opnem/i,
  e2ee: /versleutel/i,
  staffSetup: /laptop|browser|chrome/i,
};

function onDomains(address: string, domains: readonly string[]): boolean {
  // A stored address may end its host with the root's dot (learn.microsoft.com.).
  const host = new URL(address).hostname.toLowerCase().replace(/\.$/, "");
  const first = host.split(".")[0] ?? "";
  if (NOT_PUBLISHED.test(first)) return false;
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** What is wrong with the sources of each tool, as `tool: problem` lines (none: all is well). */
function sourceProblems(file: ToolsFile): string[] {
  const problems: string[] = [];
  for (const [id, tool] of Object.entries(file.tools)) {
    const domains = OWN_DOMAINS[id];
    if (!domains) {
      problems.push(`${id}: no list of the vendor's own domains in this test`);
      continue;
    }
    for (const source of tool.sources) {
      if (!onDomains(source.url, domains))
        problems.push(`${id}: ${source.url} is not the vendor's`);
      if (!source.read) problems.push(`${id}: ${source.url} has no read date`);
      // A version cannot rest on a page read after it was made.
      else if (source.read > tool.versionDate)
        problems.push(`${id}: ${source.url} was read after versionDate ${tool.versionDate}`);
    }
    for (const field of URL_FIELDS) {
      const address = tool[field];
      if (address && !onDomains(address, domains))
        problems.push(`${id}: ${field} ${address} is not the vendor's`);
    }
    for (const [fact, words] of Object.entries(FACT_WORDS)) {
      const value = tool[fact as keyof Tool];
      if (value === undefined || value === "unknown") continue;
      if (!tool.sources.some((source) => words.test(source.about)))
        problems.push(`${id}: ${fact} is ${JSON.stringify(value)} but no source's about names it`);
    }
    if (tool.recordingVisible && !tool.sources.some((s) => /zien|zichtbaar|melding/i.test(s.about)))
      problems.push(`${id}: recordingVisible is true but no source's about names it`);
  }
  return problems;
}

/** The shipped tools.yaml with one edit, loaded through the real loader. */
async function editedTools(from: string | RegExp, to: string): Promise<ToolsFile> {
  const text = await readFile(path.join(TEMPLATES, "tools.yaml"), "utf8");
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`edit matched nothing: ${from}`);
  const file = path.join(await tempDir(), "tools.yaml");
  await writeFile(file, edited);
  return loadTools(file);
}

describe("tools.yaml's facts come from the vendors' own pages", () => {
  it("every shipped source is on its vendor's domain, read before its version, and every known fact is backed", async () => {
    expect(sourceProblems(await loadShippedTools())).toEqual([]);
  });

  it("a source on a summary site, and one on a vendor's staging host, are found", async () => {
    const summary = await editedTools(
      "https://zoom.us/service-privacy",
      "https://conductatlas.com/platform/zoom/zoom-privacy-statement/",
    );
    expect(sourceProblems(summary)).toEqual([
      "zoom: https://conductatlas.com/platform/zoom/zoom-privacy-statement/ is not the vendor's",
    ]);
    const staging = await editedTools(
      "https://zoom.us/service-privacy",
      "https://stage-optimizely.zoom.com/en/trust/gdpr",
    );
    expect(sourceProblems(staging)).toEqual([
      "zoom: https://stage-optimizely.zoom.com/en/trust/gdpr is not the vendor's",
    ]);
  });

  it("a link in a letter to another site than the vendor's is found", async () => {
    const tools = await editedTools(
      "dataUrl: https://support.google.com/meet/answer/10382037",
      "dataUrl: https://workspace.trace.pt/join-meetings-as-a-guest/",
    );
    expect(sourceProblems(tools)).toEqual([
      "google-meet: dataUrl https://workspace.trace.pt/join-meetings-as-a-guest/ is not the vendor's",
    ]);
  });

  it("a fact no source's about names is found, and unknown needs none", async () => {
    // Zoom's sources say nothing about end-to-end encryption: `true` has no backing.
    const claimed = await editedTools(/(zoom:[\s\S]*?)e2ee: unknown/, "$1e2ee: true");
    expect(sourceProblems(claimed)).toEqual(["zoom: e2ee is true but no source's about names it"]);
    const tools = await loadShippedTools();
    expect(tools.tools.zoom?.e2ee).toBe("unknown");
  });

  it("a source read after the tool's version date is found", async () => {
    const tools = await editedTools(/(jitsi:[\s\S]*?versionDate: )"2026-12-06"/, '$1"2026-12-01"');
    expect(sourceProblems(tools)).toHaveLength(tools.tools.jitsi!.sources.length);
    expect(sourceProblems(tools)[0]).toMatch(/^jitsi: .* was read after versionDate 2026-12-01$/);
  });

  it("a source without the day it was read is refused when tools.yaml is loaded", async () => {
    await expect(
      editedTools(/(praatbox:[\s\S]*?)\n {8}read: "2026-12-06"/, "$1"),
    ).rejects.toMatchObject({ key: "tools.invalid" });
  });

  it("a tool without a list of its vendor's domains is found", async () => {
    const tools = await loadShippedTools();
    const added: ToolsFile = { ...tools, tools: { ...tools.tools, webex: tools.tools.zoom! } };
    expect(sourceProblems(added)).toContain(
      "webex: no list of the vendor's own domains in this test",
    );
  });
});
