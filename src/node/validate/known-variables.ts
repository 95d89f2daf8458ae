import * as z from "zod";
import { NOT_IN_CENTRE as KEPT_OUT } from "../../core/profile/centre-of.js";
import { ProfileSchema } from "../../core/profile/profile-schema.js";
import { Contract } from "../../core/tools/contract-schema.js";
import { DERIVED_TOOL_FACTS } from "../../core/tools/tool-context.js";
import { ToolSchema } from "../../core/tools/tool-schema.js";
import { unwrapSchema } from "../../core/yaml/unwrap-schema.js";

function paths(schema: z.ZodType, prefix: string, out: string[]): string[] {
  out.push(prefix);
  const inner = unwrapSchema(schema);
  if (inner instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(inner.shape))
      paths(child as z.ZodType, `${prefix}.${key}`, out);
  }
  return out;
}

const NOT_IN_CENTRE: ReadonlySet<string> = new Set(KEPT_OUT);

/**
 * Every variable a letter template may use, derived from the zod schemas (so a new profile field
 * is known at once): `centre.*` from the profile, `tool.*` from tools.yaml, `letter.*`, `email`.
 */
export function knownVariables(): string[] {
  const out: string[] = [];
  const profile = unwrapSchema(ProfileSchema) as z.ZodObject;
  out.push("centre");
  for (const [key, child] of Object.entries(profile.shape)) {
    if (!NOT_IN_CENTRE.has(key)) paths(child as z.ZodType, `centre.${key}`, out);
  }
  paths(ToolSchema, "tool", out);
  // The centre's contract for the tool (the profile's `contracts.<tool>`), as tool.contract.*.
  paths(Contract, "tool.contract", out);
  out.push(
    "tool.id",
    ...DERIVED_TOOL_FACTS.filter((fact) => fact !== "contract").map((fact) => `tool.${fact}`),
    "letter",
    "letter.date",
    "letter.version",
    "letter.signature",
    "letter.audience",
    "letter.parents",
    // False in a letter, the attachment in the e-mail (partials shared by both test it).
    "email",
  );
  return out;
}
