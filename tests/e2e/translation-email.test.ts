import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatsOfSpec } from "../../src/core/pipeline/formats-of.js";
import { guideSpec, letterSpec } from "../../src/core/pipeline/index.js";
import { runCli, tempDir } from "../helpers/cli.js";
import { parseEml } from "../helpers/eml.js";
import { DE_BRUG } from "../helpers/shipped-translation.js";

// Issue 29: a translation gets no e-mail draft of its own. Its e-mail would be the Dutch
// e-mail's text with only the translation attached, not the Dutch letter that counts; the
// Dutch letter's e-mail carries the translation as a second attachment (`--translation`).

describe("e-mail drafts and translations", () => {
  it("are made for Dutch letters only, in generate and in the batch's plan", () => {
    const all = ["pdf", "eml", "md"] as const;
    expect(formatsOfSpec(letterSpec("teams"), all)).toEqual(["pdf", "eml", "md"]);
    expect(formatsOfSpec(letterSpec("teams", "parents"), all)).toEqual(["pdf", "eml", "md"]);
    expect(formatsOfSpec(letterSpec("teams", "pupil", "ar"), all)).toEqual(["pdf", "md"]);
    expect(formatsOfSpec(letterSpec("teams", "parents", "fr"), all)).toEqual(["pdf", "md"]);
    expect(formatsOfSpec(guideSpec("teams"), all)).toEqual(["pdf", "md"]);
  });

  it("generate writes the Dutch e-mail with the translation attached, none for the translation, and says so once", async () => {
    const out = await tempDir("clb-translation-email-");
    const result = await runCli([
      "generate",
      ...["-p", DE_BRUG, "-o", out, "-t", "teams", "-f", "pdf,eml", "--audience", "pupil"],
      ...["--documents", "letters", "--translations", "ar", "--translation", "ar"],
    ]);
    expect(result.code, result.stderr).toBe(0);
    const dir = path.join(out, "clb-de-brug");
    expect((await readdir(dir)).sort()).toEqual([
      "toestemming-teams-ar.pdf",
      "toestemming-teams.eml",
      "toestemming-teams.pdf",
    ]);
    const said = result.stderr.split("\n").filter((l) => l.includes("geen eigen e-mailconcept"));
    expect(said, result.stderr).toHaveLength(1);
    expect(result.code).toBe(0);
    const email = await parseEml(await readFile(path.join(dir, "toestemming-teams.eml")));
    expect(email.attachments.map((a) => a.filename)).toEqual([
      "toestemming-teams.pdf",
      "toestemming-teams-ar.pdf",
    ]);
    // The attached translation is the very file written beside it.
    const arabic = await readFile(path.join(dir, "toestemming-teams-ar.pdf"));
    expect(Buffer.from(email.attachments[1]!.content as ArrayBuffer).equals(arabic)).toBe(true);
  });

  it("generate without e-mails or without translations says nothing of it", async () => {
    const out = await tempDir("clb-translation-email-");
    for (const args of [
      ["-f", "md", "--translations", "ar"],
      ["-f", "md,eml", "--translations", "none"],
    ]) {
      const result = await runCli([
        "generate",
        ...["-p", DE_BRUG, "-o", out, "-t", "teams", "--audience", "pupil"],
        ...["--documents", "letters", ...args],
      ]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).not.toContain("e-mailconcept");
    }
  });
});
