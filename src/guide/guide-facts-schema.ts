import * as z from "zod";
import { isoDate, line, text, url } from "../profile/field-types.js";
import { TOOL_IDS } from "../tools/tool-ids.js";

const Link = z.strictObject({ label: line(120), url: url() });

/** Where a fact in a guide comes from, and when that page was read. */
const Source = z.strictObject({ url: url(), read: isoDate(), note: text(1000).optional() });

/** What a staff guide states about one tool (templates/guides/tool-guides.yaml). */
export const ToolGuideSchema = z.strictObject({
  roomPassword: z.boolean().describe("Beveiligt de host de ruimte met een wachtwoord?"),
  lobby: z
    .boolean()
    .describe("Wachten gasten in een lobby of wachtruimte tot de host ze binnenlaat?"),
  hostLinks: z.array(Link).min(1).describe("Hulppagina's van de leverancier voor de host"),
  guestComputer: url()
    .optional()
    .describe("Hulppagina voor gasten zonder account, op een computer"),
  guestPhone: url()
    .optional()
    .describe("Hulppagina voor gasten zonder account, op smartphone of tablet"),
  sources: z.array(Source).min(1),
});

export const ToolGuidesFileSchema = z.strictObject(
  Object.fromEntries(TOOL_IDS.map((id) => [id, ToolGuideSchema])) as Record<
    (typeof TOOL_IDS)[number],
    typeof ToolGuideSchema
  >,
);

export type ToolGuide = z.infer<typeof ToolGuideSchema>;
export type ToolGuidesFile = z.infer<typeof ToolGuidesFileSchema>;
