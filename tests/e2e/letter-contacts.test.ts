import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadProfile } from "../../src/node/io/load-profile.js";
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
      // The DPO has a paragraph of its own before the complaint: its address, and only its own.
      const dpoStart = text.indexOf("**Functionaris voor gegevensbescherming.**");
      const complaintStart = text.indexOf("**Klacht.**");
      expect(dpoStart, name).toBeGreaterThan(0);
      expect(complaintStart, name).toBeGreaterThan(dpoStart);
      const dpo = text.slice(dpoStart, complaintStart);
      expect(dpo, name).toContain(`<${profile.dpo.email}>`);
      expect(dpo, name).not.toContain(`<${profile.complaint.email}>`);
      // The complaint goes first to the complaint contact, at the complaint contact's address.
      const complaint = text.slice(complaintStart, text.indexOf("Gaf je je klacht"));
      const contact = complaint.indexOf(`contact op met ${profile.complaint.contact}:`);
      expect(contact, name).toBeGreaterThan(0);
      expect(complaint.indexOf(`- e-mail: <${profile.complaint.email}>`), name).toBeGreaterThan(
        contact,
      );
      expect(complaint, name).not.toContain(`<${profile.dpo.email}>`);
    }
  });
});
