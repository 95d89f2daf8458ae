import type * as z from "zod";
import { ToolGuideSchema } from "../../core/guide/guide-facts-schema.js";
import { unwrapSchema } from "../../core/yaml/unwrap-schema.js";
import { knownVariables } from "./known-variables.js";

/** Every variable a guide template may use: a letter's, plus `guide.*` (see guide-context.ts). */
export function guideKnownVariables(): string[] {
  const shape = (unwrapSchema(ToolGuideSchema) as z.ZodObject).shape;
  return [...knownVariables(), "guide", ...Object.keys(shape).map((key) => `guide.${key}`)];
}
