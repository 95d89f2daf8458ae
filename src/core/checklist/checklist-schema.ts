import * as z from "zod";
import { line, text } from "../fields/field-types.js";
import { DERIVED_TOOL_FACTS } from "../tools/tool-context.js";
import { TOOL_ID_PATTERN } from "../tools/tool-ids.js";
import { ToolSchema } from "../tools/tool-schema.js";

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

/** A tool id in `tools:`; with the list of tools.yaml, one of those (checked at load time). */
function toolId(ids: readonly string[] | undefined) {
  return z
    .string()
    .regex(TOOL_ID_PATTERN)
    .superRefine((value, ctx) => {
      if (ids && !ids.includes(value)) {
        ctx.addIssue({
          code: "custom",
          message: "profile.toolChoice",
          params: { choices: ids.join(", ") },
        });
      }
    });
}

/**
 * `when: centre.dpo.email` or `when: tool.livestream`; a tool fact must be one of tools.yaml's
 * fields (or `extraFacts`, such as a guide's own facts), so a misspelt one fails at load time
 * rather than silently never applying.
 */
function whenSchema(extraFacts: readonly string[]) {
  const facts = [...Object.keys(ToolSchema.shape), ...DERIVED_TOOL_FACTS, ...extraFacts];
  return z
    .string()
    .regex(/^(centre|tool)(\.[A-Za-z]+)+$/)
    .superRefine((value, ctx) => {
      const [scope, fact] = value.split(".");
      if (scope === "tool" && fact !== "id" && !facts.includes(fact ?? "")) {
        ctx.addIssue({
          code: "custom",
          message: "checklist.unknownToolFact",
          params: { choices: facts.join(", ") },
        });
      }
    });
}

function clauseSchema(ids: readonly string[] | undefined, extraFacts: readonly string[] = []) {
  return z.strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    label: line(200),
    severity: z.enum(["required", "recommended"]),
    tools: z.array(toolId(ids)).min(1).optional(),
    when: whenSchema(extraFacts).optional(),
    accepts: text(1000),
    near: z.number().int().positive().optional(),
    all: z.array(Part).min(1),
  });
}

export const ClauseSchema = clauseSchema(undefined);

/** A mistake no letter may hold, such as a wrong name for the supervisory authority. */
export const MistakeSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: line(200),
  patterns: z.array(Pattern).min(1),
  /** What the letter should say instead; the message shows it. */
  right: line(300),
});

/**
 * How `validate` measures a letter's first layer (the text before the heading `firstLayerEnd`):
 * the Flesch-Douma formula's constants, the thresholds (below one is a warning, a failure with
 * --strict) and the word lists. Kept as data so a privacy officer can read and tune them.
 */
export const ReadabilitySchema = z.strictObject({
  /** Reading ease = base - syllablesPer100Words x syllables per 100 words - wordsPerSentence x words per sentence. */
  formula: z.strictObject({
    base: z.number().positive(),
    syllablesPer100Words: z.number().positive(),
    wordsPerSentence: z.number().positive(),
  }),
  firstLayerEnd: line(100),
  maxWords: z.number().int().positive(),
  minReadingEase: z.strictObject({
    pupil: z.number().min(0).max(120),
    parents: z.number().min(0).max(120),
  }),
  maxWordsPerSentence: z.number().positive(),
  longSentenceWords: z.number().int().positive(),
  maxLongSentencePercent: z.number().min(0).max(100),
  /** Words that make a sentence vague ("kan", "mogelijk"), matched as whole words. */
  hedgingWords: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
  /** Abbreviations whose full stop does not end a sentence ("bv.", "o.a."). */
  abbreviations: z.array(z.string().regex(/^\S+\.$/u)).default([]),
});

/**
 * checklist.yaml; with the tool ids of tools.yaml, a clause's `tools` must name those.
 * Without them (a checklist read on its own) only their form is checked.
 */
export function checklistSchema(ids?: readonly string[], extraFacts: readonly string[] = []) {
  return z.strictObject({
    version: z.number().int().positive(),
    // Only the letters' checklist has it: guides and e-mails are not measured.
    readability: ReadabilitySchema.optional(),
    clauses: z
      .array(clauseSchema(ids, extraFacts))
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
}

export const ChecklistSchema = checklistSchema();

export type Clause = z.infer<typeof ClauseSchema>;
export type ClausePart = Clause["all"][number];
export type Mistake = z.infer<typeof MistakeSchema>;
export type Checklist = z.infer<typeof ChecklistSchema>;
export type Readability = z.infer<typeof ReadabilitySchema>;
