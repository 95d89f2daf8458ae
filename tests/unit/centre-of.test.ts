import path from "node:path";
import { describe, expect, it } from "vitest";
import { emailContext } from "../../src/core/email/letter-email.js";
import { letterContext } from "../../src/core/letter/letter-context.js";
import { centreOf } from "../../src/core/profile/centre-of.js";
import { toolFacts } from "../../src/core/tools/tool-catalog.js";
import { loadProfile } from "../../src/node/io/load-profile.js";
import { loadTools } from "../../src/node/io/load-tools.js";
import { knownVariables } from "../../src/node/validate/known-variables.js";
import { PROFILES, TEMPLATES } from "../helpers/cli.js";
import { letterOf } from "../helpers/test-letter.js";

// The letters, the e-mail and the validator agree on what a template sees under `centre`.
const KEPT_OUT = ["logo", "tools", "contracts", "signature", "pdfA", "letterDate"];
describe("centre, as templates see the profile", () => {
  it("leaves out the logo, tools, contracts and how the letter is made; keeps the rest", async () => {
    const { profile } = await loadProfile(path.join(PROFILES, "clb-de-brug.yaml"));
    const centre = centreOf(profile) as Record<string, unknown>;
    for (const key of KEPT_OUT) expect(centre, key).not.toHaveProperty(key);
    expect(centre.name).toBe(profile.name);
    expect(centre.complaint).toEqual(profile.complaint);
    const tools = await loadTools(path.join(TEMPLATES, "tools.yaml"));
    const letter = letterContext(profile, "teams", toolFacts(tools, "teams"), "2026-12-07");
    expect(letter.centre).toEqual(centre);
    expect(emailContext(letterOf([]), profile, "x.pdf").centre).toEqual(centre);
  });

  it("is what the validator knows: centre.pdfA and centre.logo are unknown, centre.name known", () => {
    const known = knownVariables();
    expect(known).toContain("centre.name");
    for (const key of KEPT_OUT) expect(known).not.toContain(`centre.${key}`);
  });
});
