import * as z from "zod";
import { isoDate, line, url } from "../fields/field-types.js";
import { TOOL_ID_PATTERN } from "./tool-ids.js";

/**
 * A fact about a tool that the vendor's pages state, or `unknown` when we found no page that
 * says it: a letter then says less rather than guess.
 */
const Fact = z.union([z.boolean(), z.literal("unknown")], { error: "tools.fact" });

/** Whether a guest needs an app: none (the browser will do), optional, required. */
const AppNeed = z.enum(["none", "optional", "required", "unknown"], { error: "tools.appNeed" });

/** A public page a fact comes from, and the day it was read. */
const Source = z.strictObject({
  url: url(),
  read: isoDate().describe("Datum waarop de pagina gelezen werd (JJJJ-MM-DD)"),
  about: line(200).describe("Welke feiten deze pagina staaft"),
});

/** What a letter states about one video-calling tool (an entry under `tools:` in tools.yaml). */
export const ToolSchema = z.strictObject({
  name: line(80).describe("Naam zoals in de brief: Microsoft Teams"),
  shortName: line(40).describe("Korte naam in lopende tekst: Teams"),
  vendor: line(80).describe("Wie de dienst levert"),
  privacyUrl: url().describe("Privacyverklaring van de leverancier"),
  privacyLanguageNote: line(120).optional(),
  dataUrl: url().optional().describe("Pagina over beveiliging en verzamelde gegevens"),
  guideUrl: url().optional().describe("Hulp voor cliënten (gasten)"),
  hostHelpUrl: url().optional().describe("Hulp voor de medewerker die het gesprek organiseert"),
  collects: z.array(line(200)).optional().describe("Wat de leverancier verzamelt, als bekend"),
  guestAccount: Fact.describe("Heeft een gast een account nodig?"),
  guestEnters: z
    .array(line(80))
    .optional()
    .describe(
      "Wat een gast invult om binnen te komen, als de pagina's van de leverancier het zeggen",
    ),
  computerApp: AppNeed.describe("Heeft een gast op een computer een programma nodig?"),
  phoneApp: line(80).optional().describe("App die nodig is op smartphone of tablet"),
  passcode: Fact.describe("Kan een gesprek een wachtwoord of toegangscode krijgen?"),
  lobby: Fact.describe("Is er een wachtruimte of lobby?"),
  admits: line(200).optional().describe("Wie mensen uit de wachtruimte binnenlaat"),
  moderatorLogin: Fact.optional().describe(
    "Moet wie het gesprek opent (de medewerker) zich eerst aanmelden met een account?",
  ),
  livestream: Fact.describe("Kan het gesprek gelivestreamd worden?"),
  recording: Fact.describe("Kan het gesprek opgenomen worden?"),
  e2ee: Fact.describe("Is end-to-end-versleuteling mogelijk?"),
  recordingVisible: z
    .boolean({ error: "profile.wrongType" })
    .default(false)
    .describe("Ziet de medewerker het als de cliënt opneemt of livestreamt?"),
  staffSetup: line(300).optional().describe("Hoe de medewerker het gesprek voert"),
  sources: z.array(Source).min(1).describe("De pagina's waar deze feiten vandaan komen"),
  version: line(40).describe("Versie van het sjabloon"),
  versionDate: isoDate().describe("Datum van die versie (JJJJ-MM-DD)"),
});

/** A tool that no longer exists: a profile naming it is refused with this advice. */
export const RetiredToolSchema = z.strictObject({
  name: line(80),
  retired: isoDate().describe("Sinds wanneer het hulpmiddel niet meer bestaat"),
  note: z.strictObject({
    nl: line(300).describe("Wat er gebeurde, in het Nederlands"),
    en: line(300).describe("The same, in English"),
  }),
  sources: z.array(Source).min(1),
});

const ToolKey = z.string().regex(TOOL_ID_PATTERN, { error: "tools.id" });

export const ToolsFileSchema = z
  .strictObject({
    tools: z.record(ToolKey, ToolSchema).refine((tools) => Object.keys(tools).length > 0, {
      error: "profile.empty",
    }),
    retired: z.record(ToolKey, RetiredToolSchema).default({}),
  })
  .superRefine((file, ctx) => {
    for (const id of Object.keys(file.retired)) {
      if (Object.hasOwn(file.tools, id)) {
        ctx.addIssue({
          code: "custom",
          message: "tools.retiredAndActive",
          path: ["retired", id],
          params: { value: id },
        });
      }
    }
  });

export type Tool = z.infer<typeof ToolSchema>;
export type RetiredTool = z.infer<typeof RetiredToolSchema>;
/** templates/tools.yaml: the tools letters can be made for, and the retired ones. */
export type ToolsFile = z.infer<typeof ToolsFileSchema>;
