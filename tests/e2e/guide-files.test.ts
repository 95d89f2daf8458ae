import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type DocxContent, readDocx } from "../../src/core/extract/read-docx.js";
import { type PdfContent, readPdf } from "../../src/core/extract/read-pdf.js";
import type { LoadedProfile } from "../../src/core/profile/load-profile.js";
import type { ToolId } from "../../src/core/tools/tool-ids.js";
import { generateCentre } from "../../src/node/io/generate-centre.js";
import { loadGuideFacts } from "../../src/node/io/load-guide-facts.js";
import { loadProfile } from "../../src/node/io/load-profile.js";
import { loadShippedTools } from "../../src/node/io/load-tools.js";
import { PROFILES, TEMPLATES, tempDir } from "../helpers/cli.js";
import { EXAMPLE_IDS, squash, strictReport } from "../helpers/letters.js";
import { fontsNotEmbedded } from "../helpers/pdf-fonts.js";

const facts = await loadGuideFacts(
  path.join(TEMPLATES, "guides", "tool-guides.yaml"),
  await loadShippedTools(),
);

interface Guide {
  readonly loaded: LoadedProfile;
  readonly tool: ToolId;
  readonly file: string;
  readonly pdf: PdfContent;
  readonly docx: DocxContent;
}

/** Every shipped tool has a guide; the title names the tool as tools.yaml does. */
const NAMES: Readonly<Record<ToolId, string>> = {
  teams: "Microsoft Teams",
  praatbox: "Praatbox",
  zoom: "Zoom",
  jitsi: "Jitsi Meet",
  "google-meet": "Google Meet",
};
const TOOLS = Object.keys(NAMES) as ToolId[];

const SECTIONS = [
  "1. Voor het gesprek: een veilige ruimte",
  "2. De cliënt uitnodigen",
  "3. Het akkoord van de cliënt",
  "4. Het akkoord vastleggen",
  "5. Tijdens het gesprek",
  "6. Na het gesprek",
];

describe("the staff guides of the example centres, read back from PDF and DOCX", () => {
  const guides: Guide[] = [];
  const written: { file: string; profile: string }[] = [];
  beforeAll(async () => {
    const out = path.join(await tempDir(), "out");
    for (const id of EXAMPLE_IDS) {
      const profile = path.join(PROFILES, `${id}.yaml`);
      const loaded = await loadProfile(profile);
      const files = await generateCentre(profile, {
        formats: ["pdf", "docx"],
        outDir: out,
        tools: TOOLS,
        documents: ["guides"],
      });
      for (const tool of TOOLS) {
        const base = path.join(out, id, `handleiding-${tool}`);
        expect(files.map((f) => f.file)).toContain(`${base}.pdf`);
        expect(files.every((f) => f.kind === "guide")).toBe(true);
        guides.push({
          loaded,
          tool,
          file: base,
          pdf: await readPdf(await readFile(`${base}.pdf`)),
          docx: readDocx(await readFile(`${base}.docx`)),
        });
      }
      written.push(...files.map((f) => ({ file: f.file, profile })));
    }
    expect(guides).toHaveLength(EXAMPLE_IDS.length * TOOLS.length);
  });

  it("embed every font their PDFs use", async () => {
    for (const { file } of guides) {
      expect(fontsNotEmbedded(await readFile(`${file}.pdf`)), file).toEqual([]);
    }
  });

  it("have the guide's title, the six sections and the centre's name", () => {
    for (const { pdf, docx, loaded, tool } of guides) {
      const name = NAMES[tool];
      expect(docx.paragraphs[0]).toMatchObject({
        style: "Title",
        text: `Handleiding: veilig beeldbellen met ${name}`,
      });
      expect(docx.paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text)).toEqual(
        SECTIONS,
      );
      const text = pdf.text.replace(/\s+/g, " ");
      for (const section of SECTIONS) expect(text).toContain(section);
      expect(squash(pdf.text)).toContain(squash(loaded.profile.name));
      expect(pdf.info.Title).toBe(`Handleiding: veilig beeldbellen met ${name}`);
    }
  });

  it("give the three consent routes, the parent's decision under the centre's age, and the proof", () => {
    for (const { pdf, docx, loaded } of guides) {
      for (const text of [pdf.text.replace(/\s+/g, " "), docx.text.replace(/\s+/g, " ")]) {
        expect(text).toContain("antwoordt op die e-mail met ‘akkoord’");
        expect(text).toContain("ondertekent hem");
        expect(text).toMatch(
          /Mondeling, vóór het eerste beeldbelgesprek\..*noteert dat meteen in het leerlingendossier/,
        );
        expect(text).toContain(`jonger dan ${loaded.profile.ownConsentAge} jaar`);
        expect(text).toContain("Bij een inspectie moet het centrum kunnen aantonen");
        expect(text).toContain("clb-consent proof");
      }
    }
  });

  it("tell Praatbox staff to set a strong password before inviting and to check it after every refresh", () => {
    for (const { pdf, docx, tool } of guides.filter((g) => g.tool === "praatbox")) {
      for (const text of [pdf.text.replace(/\s+/g, " "), docx.text.replace(/\s+/g, " ")]) {
        expect(text, tool).toContain(
          "Zet een sterk wachtwoord op de ruimte voor je de cliënt uitnodigt.",
        );
        expect(text).toContain("Controleer het wachtwoord na elke vernieuwing van de pagina.");
        expect(text).toContain("drie woorden");
        expect(text).toMatch(/mengt hoofdletters, kleine letters, cijfers en symbolen/);
      }
      expect(pdf.links).toContain("https://www.praatbox.be/pages/nl/beeldbellen.html");
    }
  });

  it("tell Teams staff to keep teams private and give the host's and the guests' links", () => {
    for (const { pdf, docx } of guides.filter((g) => g.tool === "teams")) {
      const text = docx.text.replace(/\s+/g, " ");
      expect(text).toContain("Houd je teams altijd privé.");
      expect(text).toContain("nieuwe leden goedkeuring nodig hebben");
      expect(text).toContain("lobby");
      expect(text).not.toMatch(/wachtwoord/i);
      const links = [
        ...facts.teams!.hostLinks.map((l) => l.url),
        facts.teams!.guestComputer!,
        facts.teams!.guestPhone!,
      ];
      for (const url of links) {
        expect(pdf.links).toContain(url);
        expect(docx.links.map((l) => l.target)).toContain(url);
      }
    }
  });

  it("tell Zoom and Jitsi Meet staff to set a strong password before inviting, and to use the waiting room", () => {
    for (const { pdf, docx, tool } of guides.filter(
      (g) => g.tool === "zoom" || g.tool === "jitsi",
    )) {
      const text = docx.text.replace(/\s+/g, " ");
      expect(text, tool).toMatch(
        /Zet een sterk wachtwoord op de (vergadering|ruimte) voor je de cliënt uitnodigt\./,
      );
      expect(text).toMatch(/mengt hoofdletters, kleine letters, cijfers en symbolen/);
      expect(text).toMatch(tool === "zoom" ? /Zet de wachtruimte aan\./ : /Zet de lobby aan\./);
      for (const { url } of facts[tool]!.hostLinks) {
        expect(pdf.links).toContain(url);
        expect(docx.links.map((l) => l.target)).toContain(url);
      }
    }
  });

  it("tell Google Meet staff that guests knock and not to open the meeting to anyone with the link", () => {
    for (const { pdf, docx } of guides.filter((g) => g.tool === "google-meet")) {
      const text = docx.text.replace(/\s+/g, " ");
      expect(text).toContain("Laat gasten aankloppen.");
      expect(text).toContain("niet op ‘Open’");
      // Google Meet puts no password on a meeting, so the guide asks for none.
      expect(text).not.toMatch(/wachtwoord op de (ruimte|vergadering) voor je/);
      for (const { url } of facts["google-meet"]!.hostLinks) {
        expect(pdf.links).toContain(url);
        expect(docx.links.map((l) => l.target)).toContain(url);
      }
    }
  });

  it("pass validate --strict, read back as written", async () => {
    for (const profile of new Set(written.map((w) => w.profile))) {
      const report = await strictReport(
        written.filter((w) => w.profile === profile),
        profile,
      );
      expect(report.targets.every((t) => t.kind === "guide")).toBe(true);
      expect(report.totals.errors + report.totals.warnings, JSON.stringify(report)).toBe(0);
      expect(report.ok).toBe(true);
    }
  });
});
