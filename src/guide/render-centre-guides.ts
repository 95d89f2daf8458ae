import { UserError } from "../errors/user-error.js";
import { renderLetter } from "../letter/render-letter.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import type { Format } from "../render/registry.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";
import { missingGuideClauses } from "./check-guide.js";
import type { GuideInputs } from "./guide-inputs.js";
import { guidePath } from "./guide-path.js";
import { makeGuide } from "./make-guide.js";

export interface RenderedGuide {
  readonly tool: ToolId;
  readonly format: Format;
  readonly file: string;
  readonly data: Uint8Array;
}

export interface CentreGuidesOptions {
  readonly tools: ToolsFile;
  readonly formats: readonly Format[];
  readonly outDir: string;
  readonly date?: string;
}

/**
 * One centre's guides, checked and rendered in memory, none written: a guide that misses a
 * required clause refuses them all, as a letter does, so the caller writes nothing.
 */
export async function renderCentreGuides(
  loaded: LoadedProfile,
  toolIds: readonly ToolId[],
  inputs: GuideInputs,
  options: CentreGuidesOptions,
): Promise<RenderedGuide[]> {
  const docs = toolIds.map((tool) => ({
    tool,
    doc: makeGuide(loaded, tool, inputs, {
      tools: options.tools,
      ...(options.date ? { date: options.date } : {}),
    }),
  }));
  const refused = docs
    .map(({ tool, doc }) => ({
      tool,
      missing: missingGuideClauses(doc, loaded, tool, inputs, options.tools),
    }))
    .filter((r) => r.missing.length > 0);
  if (refused.length > 0) {
    throw new UserError(
      "guide.refused",
      { file: loaded.file, tools: refused.map((r) => r.tool).join(", ") },
      refused.flatMap((r) => r.missing),
    );
  }
  const rendered: RenderedGuide[] = [];
  for (const { tool, doc } of docs) {
    for (const format of options.formats) {
      rendered.push({
        tool,
        format,
        file: guidePath(options.outDir, loaded.profile.id, tool, format),
        data: await renderLetter(format, doc, loaded, inputs.templates),
      });
    }
  }
  return rendered;
}
