import * as z from "zod";
import { line, text } from "../profile/field-types.js";
import { TOOL_IDS } from "../tools/tool-ids.js";

const Pattern = z.string().superRefine((pattern, ctx) => {
  try {
    new RegExp(pattern, "u");
  } catch (error) {
    ctx.addIssue({
      code: "custom",
      message: "checklist.badPattern",
      params: { detail: String(error) },
    });
  }
});

/** One part of a clause: any of these patterns, or a value from the profile or tools.yaml. */
const Part = z.union([
  z.array(Pattern).min(1),
  z.strictObject({
    value: z.string().regex(/^(centre|tool)(\.[A-Za-z]+)+$/),
    otherwise: z.array(Pattern).min(1).optional(),
  }),
]);

export const ClauseSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: line(200),
  severity: z.enum(["required", "recommended"]),
  tools: z.array(z.enum(TOOL_IDS)).min(1).optional(),
  // `tool.*` lets a clause follow a tool fact (a room password) instead of a list of tools.
  when: z
    .string()
    .regex(/^(centre|tool)(\.[A-Za-z]+)+$/)
    .optional(),
  accepts: text(1000),
  near: z.number().int().positive().optional(),
  all: z.array(Part).min(1),
});

/** A mistake no letter may hold, such as a wrong name for the supervisory authority. */
export const MistakeSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: line(200),
  patterns: z.array(Pattern).min(1),
  /** What the letter should say instead; the message shows it. */
  right: line(300),
});

export const ChecklistSchema = z.strictObject({
  version: z.number().int().positive(),
  clauses: z
    .array(ClauseSchema)
    .min(1)
    .superRefine((clauses, ctx) => {
      const seen = new Set<string>();
      clauses.forEach((clause, index) => {
        if (seen.has(clause.id)) {
          ctx.addIssue({
            code: "custom",
            message: "checklist.duplicateId",
            path: [index, "id"],
            params: { value: clause.id },
          });
        }
        seen.add(clause.id);
      });
    }),
  mistakes: z.array(MistakeSchema).default([]),
});

export type Clause = z.infer<typeof ClauseSchema>;
export type ClausePart = Clause["all"][number];
export type Mistake = z.infer<typeof MistakeSchema>;
export type Checklist = z.infer<typeof ChecklistSchema>;
