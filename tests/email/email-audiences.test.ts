import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { nl } from "../../src/core/i18n/messages-nl.js";
import { run } from "../../src/node/cli/run.js";
import { ROUTES } from "../../src/node/proof/consent-routes.js";
import { PROFILES, tempDir } from "../helpers/cli.js";
import { parseEml } from "../helpers/eml.js";

// The pupil's and the parents' e-mail for one centre and tool, as `generate` writes them.
const out = path.join(await tempDir("clb-email-audiences-"), "out");
const lines: string[] = [];
const code = await run(
  [
    "generate",
    "-p",
    path.join(PROFILES, "clb-minimaal.yaml"),
    "-t",
    "teams",
    "-f",
    "eml",
    "--documents",
    "letters",
    "-o",
    out,
  ],
  { out: (l) => lines.push(l), err: (l) => lines.push(l) },
);
if (code !== 0) throw new Error(lines.join("\n"));
const dir = path.join(out, "clb-minimaal");
const pupil = await parseEml(await readFile(path.join(dir, "toestemming-teams.eml")));
const parents = await parseEml(await readFile(path.join(dir, "toestemming-teams-ouders.eml")));
const CENTRE = "CLB Minimaal";

describe("the e-mails for the pupil and for the parents", () => {
  it("have subjects that name their reader, as the letters' titles do", () => {
    expect(pupil.subject).toBe(
      `Beeldbellen met Microsoft Teams: geïnformeerde toestemming voor leerlingen – ${CENTRE}`,
    );
    expect(parents.subject).toBe(
      `Beeldbellen met Microsoft Teams: geïnformeerde toestemming voor ouders – ${CENTRE}`,
    );
  });

  for (const [who, email, attachment] of [
    ["pupil", pupil, "toestemming-teams.pdf"],
    ["parents", parents, "toestemming-teams-ouders.pdf"],
  ] as const) {
    it(`carry the question, the three routes and that no is fine (${who})`, () => {
      for (const body of [email.text ?? "", email.html ?? ""]) {
        expect(body).toContain("Ga je akkoord met beeldbellen?");
        expect(body).toContain("Geef je akkoord één keer, op een van deze drie manieren:");
        for (const route of ROUTES) expect(body).toContain(`${nl[`proof.route.${route}`]}:`);
        expect(body).toContain("antwoord ‘akkoord’ op deze e-mail");
        // The parents' e-mail says who decides, before the question, as the letter does.
        if (who === "parents") {
          expect(body.indexOf("Wie beslist?")).toBeGreaterThan(0);
          expect(body.indexOf("Wie beslist?")).toBeLessThan(body.indexOf("Ga je akkoord"));
          expect(body).toContain("Is je kind jonger dan 12 jaar? Dan beslis jij.");
        }
        // The agreement's scope names the tool.
        expect(body).toContain(
          `Je akkoord geldt voor elk beeldbelgesprek met ${CENTRE} via Microsoft Teams.`,
        );
        expect(body).toContain("Liever niet?");
        expect(body).toContain("Dat is goed.");
        expect(body).toMatch(/aan de telefoon, op school of in het CLB/);
      }
    });

    it(`name the attachment they carry (${who})`, () => {
      expect(email.attachments.map((a) => a.filename)).toEqual([attachment]);
      expect(email.text).toContain(`In de bijlage zit de brief ‘${attachment}’.`);
    });

    it(`call what the client gives an akkoord, never toestemming (${who})`, () => {
      const text = `${email.subject}\n${email.text}`;
      // "Geïnformeerde toestemming" names the document; the file names start with "toestemming-".
      const rest = text.replaceAll("geïnformeerde toestemming", "").replaceAll("toestemming-", "");
      expect(rest).not.toMatch(/toestemming/i);
      expect(text).toContain("akkoord");
    });

    it(`stay short enough to read on a phone (${who})`, () => {
      const words = (email.text ?? "").split(/\s+/).filter(Boolean).length;
      expect(words).toBeLessThanOrEqual(200);
    });
  }

  it("speak to a parent about their child", () => {
    expect(parents.text).toContain("wil soms met je kind beeldbellen via Microsoft Teams");
    expect(parents.text).toContain("Dan praten we met je kind aan de telefoon");
    expect(pupil.text).not.toContain("je kind");
  });
});
