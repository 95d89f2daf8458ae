import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { composeEml } from "../../src/core/email/compose-eml.js";
import { tempDir } from "../helpers/cli.js";
import { type ExampleEmail, exampleEmails } from "../helpers/eml.js";
import { runTool } from "./run-tool.js";

/**
 * Python's `email` package with `policy.default` (the strict, modern parser): every defect it
 * notes, in the message, its parts and its headers, and what it reads.
 */
const PYTHON = `
import email, hashlib, json, sys
from email import policy
out = []
for name in sys.argv[1:]:
    with open(name, "rb") as f:
        msg = email.message_from_bytes(f.read(), policy=policy.default)
    defects = []
    for part in msg.walk():
        defects += [type(d).__name__ for d in part.defects]
        for key, value in part.items():
            defects += [key + ": " + type(d).__name__ for d in getattr(value, "defects", ())]
    pdfs = [p for p in msg.iter_attachments() if p.get_content_type() == "application/pdf"]
    out.append({
        "file": name,
        "defects": defects,
        "subject": str(msg["Subject"]),
        "fromName": msg["From"].addresses[0].display_name,
        "fromAddress": msg["From"].addresses[0].addr_spec,
        "unsent": msg.get_all("X-Unsent"),
        "to": msg.get_all("To"),
        "text": msg.get_body(("plain",)).get_content(),
        "html": msg.get_body(("html",)).get_content(),
        "pdf": [hashlib.sha256(p.get_content()).hexdigest() for p in pdfs],
    })
print(json.dumps(out))
`;

interface PythonReading {
  file: string;
  defects: string[];
  subject: string;
  fromName: string;
  fromAddress: string;
  unsent: string[] | null;
  to: string[] | null;
  text: string;
  html: string;
  pdf: string[];
}

async function readWithPython(files: readonly string[]): Promise<PythonReading[]> {
  const result = await runTool("python3", ["-c", PYTHON, ...files]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as PythonReading[];
}

/**
 * Python before the fix of gh-128110 (CPython pull request 130749) keeps the space between two
 * encoded words of a display name, which RFC 2047 (6.2) says to ignore: it shows "Ærø" split
 * over two words as "Ær ø". postal-mime (tests/email) checks the exact name; here, the name
 * less its whitespace.
 */
const squash = (text: string) => text.replace(/\s+/g, "");

const sha = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

describe("e-mail drafts in Python's email package (policy.default)", () => {
  let emails: ExampleEmail[];
  beforeAll(async () => {
    emails = await exampleEmails(path.join(await tempDir("clb-eml-py-"), "out"));
    expect(emails.length).toBeGreaterThan(0);
  });

  it("reads every example e-mail without a defect, as the draft it is", async () => {
    const readings = await readWithPython(emails.map((e) => e.file));
    for (const [index, reading] of readings.entries()) {
      const email = emails[index]!;
      expect(reading.defects).toEqual([]);
      expect(reading.subject).toMatch(
        /^Beeldbellen met .+: geïnformeerde toestemming voor leerlingen – /,
      );
      expect(reading.subject.endsWith(email.loaded.profile.name)).toBe(true);
      expect(squash(reading.fromName)).toBe(squash(email.loaded.profile.name));
      expect(reading.fromAddress).toBe(email.loaded.profile.email);
      expect(reading.unsent).toEqual(["1"]);
      expect(reading.to).toBeNull();
      expect(reading.text).toContain("‘akkoord’");
      expect(reading.html).toContain("‘akkoord’");
      expect(reading.pdf).toEqual([sha(email.pdf)]);
    }
  });

  it("reads hostile centre names as one From name and one subject, without a defect", async () => {
    const dir = await tempDir("clb-eml-py-hostile-");
    const names = [
      'CLB "De Brug", Noord',
      "CLB <evil@example.org>, Bcc: spy@example.org",
      "CLB\r\nBcc: spy@example.org",
      "CLB =?UTF-8?B?QmNjOiBzcHlAZXhhbXBsZS5vcmc=?=",
      "Vrij CLB Sint-Jozef – Ærø ‘De Brug’ ; groep: a@b.c;",
    ];
    const files: string[] = [];
    for (const [index, name] of names.entries()) {
      const file = path.join(dir, `${index}.eml`);
      const eml = await composeEml({
        from: { name, address: "info@test.clb.example" },
        subject: name,
        text: "tekst",
        html: "<p>tekst</p>",
        date: "2026-11-23",
        attachment: { fileName: "toestemming-teams.pdf", data: new Uint8Array([37, 80, 68, 70]) },
      });
      await writeFile(file, eml);
      files.push(file);
    }
    const readings = await readWithPython(files);
    for (const [index, reading] of readings.entries()) {
      const shown = names[index]!.replace(/\r\n/g, " ").replaceAll("=?", "= ?");
      expect(reading.defects).toEqual([]);
      expect(squash(reading.fromName)).toBe(squash(shown));
      expect(reading.fromAddress).toBe("info@test.clb.example");
      expect(reading.subject).toBe(shown);
      expect(reading.to).toBeNull();
    }
  });
});
