import * as z from "zod";
import { isoDate, line, text, url } from "../fields/field-types.js";
import { TOOL_ID_PATTERN } from "../tools/tool-ids.js";

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

/**
 * tool-guides.yaml: guide facts for the tools that have a staff guide, keyed by the ids of
 * tools.yaml. A tool without an entry (a tool added to tools.yaml only) gets no guide: its
 * guide is skipped, not made up.
 */
export const ToolGuidesFileSchema = z.record(
  z.string().regex(TOOL_ID_PATTERN, { error: "tools.id" }),
  ToolGuideSchema,
);

/** A tool's guide facts; one a guide is made for always has them (a missing one is a bug). */
export function guideFactsOf(file: ToolGuidesFile, tool: string): ToolGuide {
  const facts = Object.hasOwn(file, tool) ? file[tool] : undefined;
  if (!facts) throw new Error(`no guide facts for ${tool} in tool-guides.yaml`);
  return facts;
}

/** The facts a guide checklist's `when: tool.<fact>` may name besides those of tools.yaml. */
export const GUIDE_FACTS: readonly string[] = Object.keys(ToolGuideSchema.shape);

export type ToolGuide = z.infer<typeof ToolGuideSchema>;
export type ToolGuidesFile = z.infer<typeof ToolGuidesFileSchema>;
