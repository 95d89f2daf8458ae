import path from "node:path";
import type { Document } from "../../src/core/document/document.js";
import type { Audience } from "../../src/core/letter/audience.js";
import type { ToolId } from "../../src/core/tools/tool-ids.js";
import {
  letterSpec,
  loadPipelineInputs,
  loadProfile,
  prepareDocument,
} from "../../src/node/io/index.js";
import { PROFILES } from "./cli.js";

/** An example centre with its own texts in every shipped language. */
export const DE_BRUG = path.join(PROFILES, "clb-de-brug.yaml");

/**
 * A shipped translation of a real letter (templates/lang/<code>/, an example profile), made as
 * `generate --translations <code>` makes it.
 */
export async function shippedTranslation(
  code: string,
  tool: ToolId = "teams",
  audience: Audience = "pupil",
  profile = DE_BRUG,
): Promise<Document> {
  const loaded = await loadProfile(profile);
  const inputs = await loadPipelineInputs([tool], { languages: [code] });
  const { doc, missing } = prepareDocument(loaded, letterSpec(tool, audience, code), inputs);
  if (missing.length > 0) throw new Error(`${code}: clauses missing: ${JSON.stringify(missing)}`);
  return doc;
}
