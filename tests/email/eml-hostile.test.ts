import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { composeEml } from "../../src/core/email/compose-eml.js";
import { generateCentre } from "../../src/node/io/index.js";
import { profileYaml, tempDir } from "../helpers/cli.js";
import { parseEml, rawHeaders } from "../helpers/eml.js";

/** The header names a draft may have; anything else was injected. */
const HEADERS = [
  "content-type",
  "date",
  "from",
  "message-id",
  "mime-version",
  "subject",
  "x-unsent",
];

const HOSTILE = [
  'CLB "De Brug", Noord',
  "CLB <evil@example.org>, Bcc: spy@example.org",
  "CLB\r\nBcc: spy@example.org",
  "CLB\nX-Evil: 1",
  "CLB\u2028To: spy@example.org",
  "CLB =?UTF-8?B?QmNjOiBzcHlAZXhhbXBsZS5vcmc=?=",
  "Vrij CLB Sint-Jozef – Ærø ‘De Brug’ ; groep: a@b.c;",
  "CLB 北京 مرحبا 👋",
];

function headerNames(eml: Uint8Array): string[] {
  return [
    ...new Set(rawHeaders(eml).map((line) => line.slice(0, line.indexOf(":")).toLowerCase())),
  ];
}

describe("profile values in an e-mail's headers", () => {
  it.each(HOSTILE)("%j stays one From name and one subject, adding no header", async (name) => {
    const eml = await composeEml({
      from: { name, address: "info@test.clb.example" },
      subject: `Toestemming – ${name}`,
      text: "tekst",
      html: "<p>tekst</p>",
      date: "2026-11-23",
      attachment: { fileName: "toestemming-teams.pdf", data: new Uint8Array([37, 80, 68, 70]) },
    });
    expect(headerNames(eml).sort()).toEqual(HEADERS);
    const parsed = await parseEml(eml);
    const oneLine = name.replace(/[\r\n\u2028]+/g, " ").replaceAll("=?", "= ?");
    expect(parsed.from).toEqual({ name: oneLine, address: "info@test.clb.example" });
    expect(parsed.subject).toBe(`Toestemming – ${oneLine}`);
    expect(parsed.to ?? []).toEqual([]);
    expect(parsed.bcc ?? []).toEqual([]);
    expect(parsed.headers.filter((h) => h.key === "x-unsent")).toHaveLength(1);
  });

  it("keeps a centre's name with quotes, commas and accents from a profile intact", async () => {
    const dir = await tempDir("clb-eml-hostile-");
    const name = 'CLB "De Brug", Sint-Niklaas – Ærø <x@y.z>';
    const file = path.join(dir, "p.yaml");
    await writeFile(
      file,
      profileYaml({ name: `name: ${JSON.stringify(name)}`, tools: "tools: [teams]" }),
    );
    const [written] = await generateCentre(file, {
      formats: ["eml"],
      outDir: path.join(dir, "out"),
    });
    const { readFile } = await import("node:fs/promises");
    const eml = await readFile(written!.file);
    expect(headerNames(eml).sort()).toEqual(HEADERS);
    const parsed = await parseEml(eml);
    expect(parsed.from).toEqual({ name, address: "info@test.clb.example" });
    expect(parsed.subject).toBe(
      `Beeldbellen met Microsoft Teams: geïnformeerde toestemming voor leerlingen – ${name}`,
    );
    expect(parsed.text).toContain(name);
    // In the HTML body the name is text, never markup.
    expect(parsed.html).toContain("CLB &quot;De Brug&quot;, Sint-Niklaas – Ærø &lt;x@y.z&gt;");
  });
});
