import type { Document } from "../../core/document/document.js";
import { DUTCH } from "../../core/document/letter-words.js";
import { type Format, getRenderer } from "../../core/render/registry.js";
import { type CentreTask, shared } from "./centre-task.js";

/** What a batch worker needs to know to get ready before its first centre arrives. */
export interface WarmUp
  extends Pick<CentreTask, "templatesDir" | "toolsFile" | "checklistFile" | "templateTools"> {
  readonly formats: readonly Format[];
}

const SAMPLE: Document = {
  meta: {
    title: "Opwarmen",
    ...DUTCH,
    pdfA: true,
    centreId: "opwarmen",
    centreName: "CLB Opwarmen",
    tool: "teams",
    toolName: "Microsoft Teams",
    date: "2026-01-01",
    dateText: "1 januari 2026",
    version: "0",
    subject: "Opwarmen",
    keywords: [],
  },
  blocks: [
    { type: "heading", level: 1, runs: [{ text: "Opwarmen", bold: false, italic: false }] },
    {
      type: "paragraph",
      runs: [
        { text: "Een korte alinea, ", bold: false, italic: false },
        { text: "vet", bold: true, italic: false },
        { text: " en een ", bold: false, italic: false },
        { text: "link", bold: false, italic: false, href: "https://clb.example/" },
        { text: ".", bold: false, italic: false },
      ],
    },
    {
      type: "list",
      ordered: false,
      start: 1,
      items: [
        { blocks: [{ type: "paragraph", runs: [{ text: "Een", bold: false, italic: false }] }] },
      ],
    },
  ],
  markdown: "",
};

/**
 * Gets a worker thread ready while the main thread is still reading the profiles: loads the
 * renderers of the requested formats and the templates, and renders a small sample letter so
 * that fonts are parsed and the code is compiled. Nothing is written. A failure here is left for
 * the first centre to report; it is returned (never thrown) so tests can see that the warm-up
 * did its work.
 */
export async function warmUp(ready: WarmUp): Promise<unknown> {
  try {
    await shared(ready);
    for (const format of ready.formats) await (await getRenderer(format))(SAMPLE);
    return undefined;
  } catch (error) {
    // The centres' own tasks load the same things again and report what goes wrong.
    return error;
  }
}
