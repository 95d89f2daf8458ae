import path from "node:path";
import type { Checklist } from "../checklist/checklist-schema.js";
import { loadChecklist } from "../checklist/load-checklist.js";
import { isUserError, type MessageParams, type Problem, UserError } from "../errors/user-error.js";
import { errnoReason } from "../files/errno-reason.js";
import type { MessageKey } from "../i18n/messages-nl.js";
import { missingRequiredClauses } from "../letter/check-letter.js";
import { makeLetter } from "../letter/make-letter.js";
import { renderLetter } from "../letter/render-letter.js";
import { letterPath } from "../output/letter-path.js";
import { writeAtomic } from "../output/write-atomic.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import type { Format } from "../render/registry.js";
import { loadTemplates, type TemplateSet } from "../template/load-templates.js";
import { loadTools } from "../tools/load-tools.js";
import { TOOL_IDS, type ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";
import { fileSha256 } from "./hash.js";
import { type HeldCentre, reloadCentre } from "./held-centre.js";

/** One centre's work, as sent to a worker thread: plain data only. */
export interface CentreTask {
  /**
   * The profile as the main thread read and checked it: the letters are made from the data
   * the manifest's hashes describe, and a worker does not parse it a second time. Its logo is
   * read here, and must be the one the main thread hashed.
   */
  readonly centre: HeldCentre;
  readonly outDir: string;
  readonly templatesDir: string;
  readonly toolsFile: string;
  readonly checklistFile: string;
  readonly date?: string;
  readonly signature?: boolean;
  /** The letters to make; letters left out are unchanged. */
  readonly letters: readonly { readonly tool: ToolId; readonly format: Format }[];
}

export interface WrittenLetter {
  readonly tool: ToolId;
  readonly format: Format;
  readonly file: string;
  readonly sha256: string;
  readonly size: number;
  readonly date: string;
}

/** A UserError as plain data, so it can cross from a worker thread. */
export interface PlainError {
  readonly key: MessageKey;
  readonly params: MessageParams;
  readonly problems: readonly Problem[];
}

export interface CentreResult {
  readonly written: readonly WrittenLetter[];
  /** Letters not written because they miss a required clause, or could not be made. */
  readonly refused: readonly { readonly tool: ToolId; readonly error: PlainError }[];
  /** The whole centre failed (the templates could not be read, say). */
  readonly error?: PlainError;
}

interface Shared {
  readonly templates: TemplateSet;
  readonly tools: ToolsFile;
  readonly checklist: Checklist;
}

// Templates, tools and checklist are read once per thread and kept: every centre uses them.
const sharedCache = new Map<string, Promise<Shared>>();

/** The inputs every centre shares, loaded once per thread. */
export function shared(
  task: Pick<CentreTask, "templatesDir" | "toolsFile" | "checklistFile">,
): Promise<Shared> {
  const key = `${task.templatesDir}\0${task.toolsFile}\0${task.checklistFile}`;
  let value = sharedCache.get(key);
  if (!value) {
    value = (async () => ({
      templates: await loadTemplates(task.templatesDir, TOOL_IDS),
      tools: await loadTools(task.toolsFile),
      checklist: await loadChecklist(task.checklistFile),
    }))();
    sharedCache.set(key, value);
  }
  return value;
}

export function plainError(error: unknown): PlainError {
  if (isUserError(error)) return { key: error.key, params: error.params, problems: error.problems };
  throw error;
}

/**
 * Makes one centre's letters. Each letter is checked against the checklist before it is
 * rendered: a letter that misses a required clause is never written.
 */
export async function makeCentreLetters(task: CentreTask): Promise<CentreResult> {
  let loaded: LoadedProfile;
  let context: Shared;
  try {
    loaded = await reloadCentre(task.centre);
    context = await shared(task);
  } catch (error) {
    return { written: [], refused: [], error: plainError(error) };
  }
  const written: WrittenLetter[] = [];
  const refused: { tool: ToolId; error: PlainError }[] = [];
  const tools = [...new Set(task.letters.map((l) => l.tool))];
  for (const tool of tools) {
    try {
      const doc = makeLetter(loaded, tool, {
        templates: context.templates,
        tools: context.tools,
        ...(task.date ? { date: task.date } : {}),
        ...(task.signature ? { signature: true } : {}),
      });
      const missing = missingRequiredClauses(doc, loaded, tool, context);
      if (missing.length > 0) {
        refused.push({
          tool,
          error: {
            key: "batch.letterRefused",
            params: { file: path.basename(loaded.file), tool },
            problems: missing,
          },
        });
        continue;
      }
      // All formats are rendered first, then written side by side: each write waits for the
      // disk (the data is flushed before the rename), and those waits overlap.
      const rendered: { format: Format; file: string; data: Uint8Array }[] = [];
      for (const { format } of task.letters.filter((l) => l.tool === tool)) {
        const data = await renderLetter(format, doc, loaded, context.templates);
        rendered.push({
          format,
          file: letterPath(task.outDir, loaded.profile.id, tool, format),
          data,
        });
      }
      const writes = await Promise.allSettled(
        rendered.map(({ file, data }) => writeAtomic(file, data)),
      );
      rendered.forEach(({ format, file, data }, index) => {
        if (writes[index]!.status === "fulfilled")
          written.push({
            tool,
            format,
            file,
            sha256: fileSha256(data),
            size: data.length,
            date: doc.meta.date,
          });
      });
      const failed = writes.findIndex((w) => w.status === "rejected");
      if (failed >= 0) {
        const { file } = rendered[failed]!;
        const error = (writes[failed] as PromiseRejectedResult).reason;
        throw new UserError("error.writeFailed", { file, reason: errnoReason(error) }, [], {
          cause: error,
        });
      }
    } catch (error) {
      refused.push({ tool, error: plainError(error) });
    }
  }
  return { written, refused };
}
