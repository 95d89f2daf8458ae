import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadProfile } from "../../src/node/io/load-profile.js";
import { loadShippedTools } from "../../src/node/io/load-tools.js";
import { PROFILES } from "../helpers/cli.js";

const profiles = await Promise.all(
  (await readdir(PROFILES))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => loadProfile(path.join(PROFILES, f))),
);
const tools = await loadShippedTools();

describe("the example profiles' retention of the CLB file", () => {
  it.each(profiles.map((p) => [p.profile.id, p.profile.retention.file] as const))(
    "%s: until age 30 after special education (not 30 years after), with a clear end",
    (_id, text) => {
      // The rule is an age (clbdendermonde.be, iclb.gent.be, vrijclb.be), not a period after.
      expect(text).toMatch(/tot de leerling 30 jaar is/);
      expect(text).not.toMatch(/30 jaar na/);
      expect(text).toMatch(/tien jaar na het laatste consult of de laatste inenting/);
      expect(text).toMatch(/zeker tot de leerling 25 jaar is/);
      // "minstens" gives no end; the text ends with what happens after the period.
      expect(text).not.toMatch(/minstens/);
      expect(text.trim()).toMatch(/Daarna vernietigen we het\.$/);
      // One name for the file, as the letter's first layer has it.
      expect(text).toContain("CLB-dossier");
      expect(text).not.toContain("leerlingendossier");
    },
  );
});

describe("tools.yaml's facts", () => {
  it("Praatbox: one list from its privacy page, without data the page does not name", () => {
    const collects = tools.tools.praatbox?.collects ?? [];
    expect(collects).toEqual([
      "de naam van de gespreksruimte",
      "de plaats en de drie woorden die de medewerker voor de ruimte invult",
      "wat de website met cookies bijhoudt van wie hem bezoekt",
    ]);
    expect(collects.join(" ")).not.toMatch(/IP-adres|e-mailadres/);
  });

  it("8x8: the letter names no language for a privacy page whose address and text differ", () => {
    const jitsi = tools.tools.jitsi!;
    expect(jitsi.privacyUrl).toContain("/fr-fr/");
    expect(jitsi.privacyLanguageNote).toBeUndefined();
  });

  it("Skype: none of the summary sites that were its sources", () => {
    const urls = tools.retired.skype?.sources.map((s) => s.url) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).not.toMatch(/businesstoday|sputniknews/);
  });
});
