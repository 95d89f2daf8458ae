import path from "node:path";
import { describe, expect, it } from "vitest";
import { toolFacts } from "../../src/core/tools/tool-catalog.js";
import { loadTools } from "../../src/node/io/load-tools.js";
import { TEMPLATES, tempDir } from "../helpers/cli.js";
import { exampleEmails, parseEml, rawHeaders } from "../helpers/eml.js";

const out = await tempDir("clb-eml-");
const emails = await exampleEmails(out);
const tools = await loadTools(path.join(TEMPLATES, "tools.yaml"));
const again = await exampleEmails(await tempDir("clb-eml-again-"));

describe.each(emails.map((e) => [`${e.loaded.profile.id}/${e.tool}`, e] as const))(
  "the e-mail draft %s",
  (_name, email) => {
    const { profile } = email.loaded;

    it("has CRLF line ends and no line over 998 characters", () => {
      const text = email.eml.toString("latin1");
      // search(), not toMatch: a failure would print the whole message.
      expect(text.search(/(?<!\r)\n/)).toBe(-1);
      expect(text.search(/\r(?!\n)/)).toBe(-1);
      const longest = Math.max(...text.split("\r\n").map((line) => line.length));
      expect(longest).toBeLessThanOrEqual(998);
    });

    it("opens as an unsent draft from the centre, with no recipient", async () => {
      const parsed = await parseEml(email.eml);
      const unsent = parsed.headers.filter((h) => h.key === "x-unsent");
      expect(unsent.map((h) => h.value)).toEqual(["1"]);
      expect(parsed.from).toEqual({ name: profile.name, address: profile.email });
      expect(parsed.to ?? []).toEqual([]);
      expect(parsed.cc ?? []).toEqual([]);
      expect(parsed.bcc ?? []).toEqual([]);
      // The letter's date, not the clock.
      expect(parsed.date).toBe(
        `${profile.letterDate ?? toolFacts(tools, email.tool).versionDate}T00:00:00.000Z`,
      );
    });

    it("has a Dutch subject naming the tool, the reader and the centre, accents kept", async () => {
      const parsed = await parseEml(email.eml);
      const toolName = toolFacts(tools, email.tool).name;
      expect(parsed.subject).toBe(
        `Beeldbellen met ${toolName}: geïnformeerde toestemming voor leerlingen – ${profile.name}`,
      );
      expect(rawHeaders(email.eml).find((h) => h.startsWith("Subject:"))).toMatch(/=\?UTF-8\?/);
    });

    it("says in text and HTML how to agree: reply ‘akkoord’, and the other routes", async () => {
      const parsed = await parseEml(email.eml);
      for (const body of [parsed.text ?? "", parsed.html ?? ""]) {
        expect(body).toContain("Ga je akkoord met beeldbellen?");
        expect(body).toContain("antwoord ‘akkoord’ op deze e-mail");
        expect(body).toContain("Met een handtekening:");
        expect(body).toContain("Mondeling:");
        expect(body).toContain(profile.phone);
        expect(body).toContain(`toestemming-${email.tool}.pdf`);
      }
      expect(parsed.html).toMatch(/^<!DOCTYPE html>/);
      expect(parsed.html).toContain(`<a href="mailto:${profile.email}">`);
    });

    it("carries the PDF letter byte for byte", async () => {
      const parsed = await parseEml(email.eml);
      expect(parsed.attachments).toHaveLength(1);
      const [attachment] = parsed.attachments;
      expect(attachment?.mimeType).toBe("application/pdf");
      expect(attachment?.disposition).toBe("attachment");
      expect(attachment?.filename).toBe(`toestemming-${email.tool}.pdf`);
      expect(Buffer.from(attachment!.content as ArrayBuffer).equals(email.pdf)).toBe(true);
    });

    it("is the same bytes when made again", () => {
      const other = again.find((e) => e.loaded.profile.id === profile.id && e.tool === email.tool);
      expect(other?.eml.equals(email.eml)).toBe(true);
    });
  },
);

describe("the e-mail drafts of different letters", () => {
  it("have different Message-IDs and boundaries", async () => {
    const ids = await Promise.all(emails.map(async (e) => (await parseEml(e.eml)).messageId));
    expect(new Set(ids).size).toBe(emails.length);
    const boundaries = emails.map((e) => /boundary="([^"]+)"/.exec(e.eml.toString("latin1"))?.[1]);
    expect(new Set(boundaries).size).toBe(emails.length);
  });
});
