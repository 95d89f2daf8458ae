import type { Document } from "../document/document.js";
import { DUTCH } from "../document/letter-words.js";
import { titledBlocks } from "../document/titled-blocks.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import { dutchDate } from "../template/dutch-date.js";
import { toolFacts } from "../tools/tool-catalog.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";
import { guideContext } from "./guide-context.js";
import { guideFactsOf } from "./guide-facts-schema.js";
import type { GuideInputs } from "./guide-inputs.js";

export interface GuideOptions {
  readonly tools: ToolsFile;
  /** Overrides the profile's letterDate and the template's version date, as for the letter. */
  readonly date?: string;
}

/** Fills in one tool's guide template for one centre and parses it into a Document. */
export function makeGuide(
  loaded: LoadedProfile,
  toolId: ToolId,
  inputs: GuideInputs,
  options: GuideOptions,
): Document {
  const { profile } = loaded;
  const tool = toolFacts(options.tools, toolId);
  const date = options.date ?? profile.letterDate ?? tool.versionDate;
  const context = guideContext(profile, toolId, tool, guideFactsOf(inputs.facts, toolId), date);
  const markdown = inputs.templates.render(toolId, context);
  const templateFile = inputs.templates.letters.get(toolId)?.file ?? toolId;

  const { title, blocks } = titledBlocks(markdown, templateFile);
  return {
    meta: {
      title,
      ...DUTCH,
      pdfA: profile.pdfA,
      centreId: profile.id,
      centreName: profile.name,
      tool: toolId,
      toolName: tool.name,
      date,
      dateText: dutchDate(date),
      version: context.letter.version,
      subject: `Handleiding voor medewerkers: veilig beeldbellen met ${tool.name}`,
      keywords: ["handleiding", "geïnformeerde toestemming", "beeldbellen", tool.name, "CLB"],
      ...(loaded.logo ? { logo: loaded.logo } : {}),
    },
    blocks,
    markdown,
  };
}
