import path from "node:path";
import { describe, expect, it } from "vitest";
import { letterEmail } from "../../src/core/email/letter-email.js";
import {
  centreSpecs,
  loadPipelineInputs,
  loadProfile,
  prepareDocument,
} from "../../src/node/io/index.js";
import { PROFILES } from "../helpers/cli.js";
import { parseEml } from "../helpers/eml.js";
import { shippedTranslation } from "../helpers/shipped-translation.js";

// The e-mail's HTML part is marked with the language and direction its text is in: the e-mail
// template's, Dutch, whatever letter it carries (issue 29).

async function pupilLetter() {
  const loaded = await loadProfile(path.join(PROFILES, "clb-minimaal.yaml"));
  const inputs = await loadPipelineInputs(loaded.profile.tools);
  const [spec] = centreSpecs(loaded.profile.tools, {
    audiences: ["pupil"],
    documents: ["letters"],
  });
  if (!spec) throw new Error("clb-minimaal has no letter");
  const { doc } = prepareDocument(loaded, spec, inputs);
  return { loaded, inputs, doc };
}

const PDF = new Uint8Array([37, 80, 68, 70]);

describe("the e-mail's HTML part", () => {
  it("is Dutch and left to right for a Dutch letter", async () => {
    const { loaded, inputs, doc } = await pupilLetter();
    expect(doc.meta.lang).toBe("nl-BE");
    const eml = await letterEmail(doc, loaded.profile, inputs.templates, { pdf: PDF });
    const { html } = await parseEml(eml);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl-BE" dir="ltr">\n/);
  });

  it("is Dutch and left to right for a translation's letter too: its text is the Dutch e-mail's", async () => {
    const { loaded, inputs } = await pupilLetter();
    const arabic = await shippedTranslation("ar");
    expect(arabic.meta).toMatchObject({ lang: "ar", dir: "rtl" });
    const eml = await letterEmail(arabic, loaded.profile, inputs.templates, { pdf: PDF });
    const { html, text } = await parseEml(eml);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl-BE" dir="ltr">\n/);
    // What it is marked with is what it says: the Dutch e-mail template's text.
    expect(text).toMatch(/akkoord/);
  });
});
