import * as z from "zod";
import { isoDate, line, url } from "../profile/field-types.js";
import { TOOL_IDS } from "./tool-ids.js";

/** What a letter states about one video-calling tool (templates/tools.yaml). */
export const ToolSchema = z.strictObject({
  name: line(80).describe("Naam zoals in de brief: Microsoft Teams"),
  shortName: line(40).describe("Korte naam in lopende tekst: Teams"),
  vendor: line(80).describe("Wie de dienst levert"),
  privacyUrl: url().describe("Privacyverklaring van de leverancier"),
  privacyLanguageNote: line(120).optional(),
  dataUrl: url().optional().describe("Pagina over beveiliging en verzamelde gegevens"),
  guideUrl: url().optional().describe("Handleiding voor cliënten"),
  collects: z.array(line(200)).optional().describe("Wat de leverancier verzamelt, als bekend"),
  phoneApp: line(80).optional().describe("App die nodig is op smartphone of tablet"),
  livestream: z.boolean().default(false).describe("Kan het gesprek gelivestreamd worden?"),
  recordingVisible: z
    .boolean()
    .default(false)
    .describe("Ziet de medewerker het als de cliënt opneemt of livestreamt?"),
  staffSetup: line(300).optional().describe("Hoe de medewerker het gesprek voert"),
  version: line(40).describe("Versie van het sjabloon"),
  versionDate: isoDate().describe("Datum van die versie (JJJJ-MM-DD)"),
});

export const ToolsFileSchema = z.strictObject(
  Object.fromEntries(TOOL_IDS.map((id) => [id, ToolSchema])) as Record<
    (typeof TOOL_IDS)[number],
    typeof ToolSchema
  >,
);

export type Tool = z.infer<typeof ToolSchema>;
export type ToolsFile = z.infer<typeof ToolsFileSchema>;
