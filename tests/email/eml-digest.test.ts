import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { composeEml, type EmlInput } from "../../src/core/email/compose-eml.js";
import { sha256Hex } from "../../src/core/email/content-digest.js";

const INPUT: EmlInput = {
  from: { name: "CLB Coördinatie “De Brug”", address: "info@clb-debrug.be" },
  subject: "Beeldbellen met Teams: mag het?",
  text: "Beste,\n\nAntwoord “akkoord”.\n",
  html: "<p>Beste,</p>\n<p>Antwoord “akkoord”.</p>\n",
  date: "2026-09-01",
  attachment: {
    fileName: "toestemming-teams.pdf",
    data: Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 251),
  },
};

/**
 * The digest as compose-eml made it with node:crypto before it ran in browsers too: each text
 * part and a NUL, then the attachment. Message-ID and MIME boundaries come from it, so the same
 * digest means the same e-mail, byte for byte.
 */
function nodeDigest(input: EmlInput): string {
  const hash = createHash("sha256");
  for (const part of [
    input.from.name,
    input.from.address,
    input.subject,
    input.text,
    input.html,
    input.date,
    input.attachment.fileName,
  ]) {
    hash.update(part).update("\0");
  }
  return hash.update(input.attachment.data).digest("hex");
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the e-mail's identifiers", () => {
  it("come from the same SHA-256 as node:crypto gave, with Web Crypto and without it", async () => {
    const bytes = new TextEncoder().encode("naïef \u{1F600} \ud800 einde");
    const expected = createHash("sha256").update(bytes).digest("hex");
    expect(await sha256Hex(bytes)).toBe(expected);
    vi.stubGlobal("crypto", undefined);
    expect(await sha256Hex(bytes)).toBe(expected);
  });

  it("are those the e-mail had when node:crypto made them", async () => {
    const eml = Buffer.from(await composeEml(INPUT)).toString("latin1");
    const digest = nodeDigest(INPUT);
    expect(eml).toContain(`Message-ID: <${digest.slice(0, 32)}@clb-debrug.be>`);
    expect(eml).toContain(digest.slice(32, 48));
  });

  it("give the same bytes on a page without Web Crypto (plain http)", async () => {
    const withWebCrypto = await composeEml(INPUT);
    vi.stubGlobal("crypto", undefined);
    expect(globalThis.crypto).toBeUndefined();
    const without = await composeEml(INPUT);
    expect(Buffer.from(without).equals(Buffer.from(withWebCrypto))).toBe(true);
  });
});
