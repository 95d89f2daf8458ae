import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadProfile } from "../../src/profile/load-profile.js";
import { PROFILES, runCli, tempDir } from "../helpers/cli.js";

describe("the complaint section", () => {
  it("gives the complaint contact's channels, and the DPO's own address as the DPO's", async () => {
    // clb-open-net has a complaint address and a DPO address that differ.
    const file = path.join(PROFILES, "clb-open-net.yaml");
    const { profile } = await loadProfile(file);
    expect(profile.complaint.email).not.toBe(profile.dpo.email);
    const out = path.join(await tempDir(), "out");
    const made = await runCli(["generate", "-p", file, "-t", "teams", "-f", "md", "-o", out]);
    expect(made.code, made.stderr).toBe(0);
    for (const name of ["toestemming-teams.md", "toestemming-teams-ouders.md"]) {
      const text = await readFile(path.join(out, profile.id, name), "utf8");
      const section = text.slice(text.indexOf("**Klacht.**"), text.indexOf("Heb je je klacht"));
      const dpo = section.indexOf("functionaris voor gegevensbescherming");
      expect(dpo, name).toBeGreaterThan(0);
      // The complaint address comes before the DPO is named; the DPO's address after it.
      expect(section.indexOf(`<${profile.complaint.email}>`), name).toBeLessThan(dpo);
      expect(section.slice(dpo), name).toContain(`<${profile.dpo.email}>`);
      expect(section.slice(dpo), name).not.toContain(`<${profile.complaint.email}>`);
    }
  });
});
