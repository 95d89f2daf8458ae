import * as z from "zod";
import { isoDate, line, text, url } from "../fields/field-types.js";
import { isKnownTool, toolFacts } from "../tools/tool-catalog.js";
import { TOOL_ID_PATTERN, type ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";

const Link = z.strictObject({ label: line(120), url: url() });

/** Where a fact in a guide comes from, and when that page was read. */
const Source = z.strictObject({ url: url(), read: isoDate(), note: text(1000).optional() });

/** What a staff guide states about one tool (templates/guides/tool-guides.yaml). */
export const ToolGuideSchema = z.strictObject({
  roomPassword: z
    .boolean()
    .describe("Zegt de handleiding de host een wachtwoord op de ruimte te zetten?"),
  lobby: z
    .boolean()
    .describe("Zegt de handleiding de host gasten in een lobby of wachtruimte te laten wachten?"),
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

/**
 * The guide's instructions that need a feature of the tool, and that feature's name in
 * tools.yaml. A guide tells staff to use only what the tool's sourced facts say it has; and
 * where the facts say it has one, the letter tells the client the call is secured that way,
 * so the guide must have staff do it.
 */
const NEEDS_TOOL_FACT = { roomPassword: "passcode", lobby: "lobby" } as const;

/**
 * tool-guides.yaml's schema with the tools.yaml in use: a guide's password or lobby must be
 * `true` exactly where the tool's fact is; anything else is refused at that line.
 */
export function toolGuidesFileSchema(tools: ToolsFile) {
  return ToolGuidesFileSchema.superRefine((file, ctx) => {
    for (const [id, guide] of Object.entries(file)) {
      if (!isKnownTool(tools, id)) continue;
      const facts = toolFacts(tools, id as ToolId);
      for (const [fact, toolFact] of Object.entries(NEEDS_TOOL_FACT)) {
        const value = facts[toolFact];
        const instructed = guide[fact as keyof typeof NEEDS_TOOL_FACT];
        if (instructed === (value === true)) continue;
        ctx.addIssue({
          code: "custom",
          path: [id, fact],
          message: instructed ? "guide.factNotInTools" : "guide.factNotInGuide",
          params: { fact, toolFact, toolValue: String(value) },
        });
      }
    }
  });
}

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
