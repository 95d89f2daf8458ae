import path from "node:path";
import { loadChecklist } from "../checklist/load-checklist.js";
import { UserError } from "../errors/user-error.js";
import { errnoReason } from "../files/errno-reason.js";
import { ensureWritableDir } from "../output/ensure-writable-dir.js";
import { letterPath } from "../output/letter-path.js";
import { writeAtomic } from "../output/write-atomic.js";
import { DEFAULT_TEMPLATES_DIR } from "../paths.js";
import { loadProfile } from "../profile/load-profile.js";
import type { Format } from "../render/registry.js";
import { loadTemplates } from "../template/load-templates.js";
import { templateDataFile } from "../template/template-data-file.js";
import { loadTools } from "../tools/load-tools.js";
import { requestedTools, toolChoices, toolIds } from "../tools/tool-catalog.js";
import type { ToolId } from "../tools/tool-ids.js";
import { missingRequiredClauses } from "./check-letter.js";
import { makeLetter } from "./make-letter.js";
import { renderLetter } from "./render-letter.js";

export interface GenerateOptions {
  /** Tools to make letters for (ids of tools.yaml, or `all`); default the profile's own. */
  readonly tools?: readonly string[];
  readonly formats: readonly Format[];
  readonly outDir: string;
  readonly date?: string;
  readonly templatesDir?: string;
  /** Adds the signature block to every letter, whatever the profile says. */
  readonly signature?: boolean;
}

export interface GeneratedLetter {
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
  const templatesDir = options.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  // The tools.yaml beside the templates says which tools exist: the profile, the checklist and
  // --tools are checked against it, and only the templates of the tools asked for are read.
  const tools = await loadTools(await templateDataFile(templatesDir, "tools.yaml"));
  const requested = requestedTools(tools, options.tools);
  const loaded = await loadProfile(profileFile, { tools: toolChoices(tools) });
  const ids: readonly ToolId[] = requested ?? loaded.profile.tools;
  const [templates, checklist] = await Promise.all([
    loadTemplates(templatesDir, ids),
    templateDataFile(templatesDir, "checklist.yaml").then((f) => loadChecklist(f, toolIds(tools))),
  ]);

  // Every letter is checked against the checklist first: none is written if one misses a
  // required clause (an edited template, say).
  const docs = ids.map((tool) => ({
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

  const rendered: { tool: ToolId; format: Format; file: string; data: Uint8Array }[] = [];
  for (const { tool, doc } of docs) {
    for (const format of options.formats) {
      const data = await renderLetter(format, doc, loaded, templates);
      rendered.push({
        tool,
        format,
        file: letterPath(options.outDir, loaded.profile.id, tool, format),
        data,
      });
    }
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
      tool: letter.tool,
      format: letter.format,
      file: letter.file,
      bytes: letter.data.length,
    });
  }
  return written;
}
