import path from "node:path";
import { loadChecklist } from "../checklist/load-checklist.js";
import { UserError } from "../errors/user-error.js";
import { errnoReason } from "../files/errno-reason.js";
import type { DocumentKind } from "../guide/document-kinds.js";
import { loadGuideInputs } from "../guide/guide-inputs.js";
import { renderCentreGuides } from "../guide/render-centre-guides.js";
import { ensureWritableDir } from "../output/ensure-writable-dir.js";
import { letterPath } from "../output/letter-path.js";
import { writeAtomic } from "../output/write-atomic.js";
import { DEFAULT_TEMPLATES_DIR } from "../paths.js";
import { loadProfile } from "../profile/load-profile.js";
import type { Format } from "../render/registry.js";
import { loadTemplates } from "../template/load-templates.js";
import { templateDataFile } from "../template/template-data-file.js";
import { loadTools } from "../tools/load-tools.js";
import type { ToolId } from "../tools/tool-ids.js";
import { missingRequiredClauses } from "./check-letter.js";
import { makeLetter } from "./make-letter.js";
import { renderLetter } from "./render-letter.js";

export interface GenerateOptions {
  /** Tools to make letters for; default the profile's own. */
  readonly tools?: readonly ToolId[];
  readonly formats: readonly Format[];
  readonly outDir: string;
  readonly date?: string;
  readonly templatesDir?: string;
  /** Adds the signature block to every letter, whatever the profile says. */
  readonly signature?: boolean;
  /** Letters, staff guides or both; default letters only (the CLI asks for both by default). */
  readonly documents?: readonly DocumentKind[];
}

export interface GeneratedLetter {
  readonly kind: "letter" | "guide";
  readonly tool: ToolId;
  readonly format: Format;
  readonly file: string;
  readonly bytes: number;
}

/**
 * Makes one centre's letters. Every letter is checked against the checklist and rendered in
 * memory first: if any misses a required clause or fails, nothing is written for this centre.
 * Each file is then written atomically.
 */
export async function generateCentre(
  profileFile: string,
  options: GenerateOptions,
): Promise<GeneratedLetter[]> {
  const loaded = await loadProfile(profileFile);
  const templatesDir = options.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  const toolIds = options.tools ?? loaded.profile.tools;
  const documents = options.documents ?? ["letters"];
  const letterTools = documents.includes("letters") ? toolIds : [];
  const [tools, templates, checklist] = await Promise.all([
    templateDataFile(templatesDir, "tools.yaml").then(loadTools),
    loadTemplates(templatesDir, letterTools),
    templateDataFile(templatesDir, "checklist.yaml").then(loadChecklist),
  ]);

  // Every letter is checked against the checklist first: none is written if one misses a
  // required clause (an edited template, say).
  const docs = letterTools.map((tool) => ({
    tool,
    doc: makeLetter(loaded, tool, {
      templates,
      tools,
      ...(options.date ? { date: options.date } : {}),
      ...(options.signature ? { signature: true } : {}),
    }),
  }));
  const refused = docs
    .map(({ tool, doc }) => ({
      tool,
      missing: missingRequiredClauses(doc, loaded, tool, { checklist, tools, templates }),
    }))
    .filter((r) => r.missing.length > 0);
  if (refused.length > 0) {
    throw new UserError(
      "generate.letterRefused",
      { file: loaded.file, tools: refused.map((r) => r.tool).join(", ") },
      refused.flatMap((r) => r.missing),
    );
  }

  const rendered: {
    kind: "letter" | "guide";
    tool: ToolId;
    format: Format;
    file: string;
    data: Uint8Array;
  }[] = [];
  for (const { tool, doc } of docs) {
    for (const format of options.formats) {
      const data = await renderLetter(format, doc, loaded, templates);
      rendered.push({
        kind: "letter",
        tool,
        format,
        file: letterPath(options.outDir, loaded.profile.id, tool, format),
        data,
      });
    }
  }

  // Guides are checked and rendered before anything is written, like the letters.
  if (documents.includes("guides")) {
    const guides = await renderCentreGuides(
      loaded,
      toolIds,
      await loadGuideInputs(templatesDir, toolIds),
      {
        tools,
        formats: options.formats,
        outDir: options.outDir,
        ...(options.date ? { date: options.date } : {}),
      },
    );
    rendered.push(...guides.map((guide) => ({ kind: "guide" as const, ...guide })));
  }

  await ensureWritableDir(path.resolve(options.outDir, loaded.profile.id));
  const written: GeneratedLetter[] = [];
  for (const letter of rendered) {
    try {
      await writeAtomic(letter.file, letter.data);
    } catch (error) {
      throw new UserError(
        "error.writeFailed",
        { file: letter.file, reason: errnoReason(error) },
        [],
        {
          cause: error,
        },
      );
    }
    written.push({
      kind: letter.kind,
      tool: letter.tool,
      format: letter.format,
      file: letter.file,
      bytes: letter.data.length,
    });
  }
  return written;
}
