import path from "node:path";
import type { Checklist } from "../checklist/checklist-schema.js";
import { loadChecklist } from "../checklist/load-checklist.js";
import type { Document } from "../document/document.js";
import { isUserError, type MessageParams, type Problem, UserError } from "../errors/user-error.js";
import { errnoReason } from "../files/errno-reason.js";
import { missingGuideClauses } from "../guide/check-guide.js";
import { type GuideInputs, loadGuideInputs } from "../guide/guide-inputs.js";
import { makeGuide } from "../guide/make-guide.js";
import type { MessageKey } from "../i18n/messages-nl.js";
import { missingRequiredClauses } from "../letter/check-letter.js";
import { makeLetter } from "../letter/make-letter.js";
import { renderLetter } from "../letter/render-letter.js";
import { letterPath } from "../output/letter-path.js";
import { writeAtomic } from "../output/write-atomic.js";
import { guideSpec, outputName } from "../pipeline/document-spec.js";
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
  /**
   * The hash of the guides' inputs as planned: a thread keeps them by it, so a long-lived
   * thread (the web page, tests) never makes a guide from a template read before an edit.
   */
  readonly guidesHash?: string;
  /** The letters and guides to make; those left out are unchanged. */
  readonly letters: readonly {
    readonly kind: "letter" | "guide";
    readonly tool: ToolId;
    readonly format: Format;
  }[];
}

export interface WrittenLetter {
  readonly kind: "letter" | "guide";
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
// The guides' inputs likewise, read only by a thread that makes a guide.
const guideCache = new Map<string, Promise<GuideInputs>>();

function sharedGuides(templatesDir: string, hash = ""): Promise<GuideInputs> {
  const key = `${templatesDir}\0${hash}`;
  let value = guideCache.get(key);
  if (!value) {
    value = loadGuideInputs(templatesDir, TOOL_IDS);
    guideCache.set(key, value);
  }
  return value;
}

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

interface LetterToMake {
  /** Which of the tasks it belongs to. */
  readonly index: number;
  readonly kind: "letter" | "guide";
  readonly tool: ToolId;
  readonly doc: Document;
  readonly loaded: LoadedProfile;
  readonly context: Shared;
  /** The templates it was made from (for where an unprintable character comes from). */
  readonly templates: TemplateSet;
  readonly formats: readonly Format[];
  /** What was written, per format, in the order of `formats`. */
  readonly written: (WrittenLetter | undefined)[];
}

/**
 * Makes the letters of a few centres. Each letter is checked against the checklist before it is
 * rendered: a letter that misses a required clause is never written. Then the letters are
 * rendered format by format (every PDF of these centres, then every DOCX): a thread that goes
 * from PDF to DOCX code and back for every letter spends about 15 % longer on the same letters
 * (measured on 200 centres, 8 at a time against one at a time, 2026-11-30). Each letter is
 * written as soon as it is rendered, and the writes wait for the disk side by side. A format
 * that cannot be rendered or written (a character no PDF font has, a full disk) is reported;
 * the letter's other formats are still made: each of them is complete and checked.
 */
export async function makeLetters(tasks: readonly CentreTask[]): Promise<CentreResult[]> {
  const results = tasks.map(() => ({
    written: [] as WrittenLetter[],
    refused: [] as { tool: ToolId; error: PlainError }[],
    error: undefined as PlainError | undefined,
  }));
  const letters: LetterToMake[] = [];
  for (const [index, task] of tasks.entries()) {
    let loaded: LoadedProfile;
    let context: Shared;
    try {
      loaded = await reloadCentre(task.centre);
      context = await shared(task);
    } catch (error) {
      results[index]!.error = plainError(error);
      continue;
    }
    const documents = new Map(task.letters.map((l) => [`${l.kind}\0${l.tool}`, l]));
    for (const { kind, tool } of documents.values()) {
      try {
        let doc: Document;
        let missing: Problem[];
        let templates = context.templates;
        if (kind === "guide") {
          const guides = await sharedGuides(task.templatesDir, task.guidesHash);
          templates = guides.templates;
          doc = makeGuide(loaded, tool, guides, {
            tools: context.tools,
            ...(task.date ? { date: task.date } : {}),
          });
          missing = missingGuideClauses(doc, loaded, tool, guides, context.tools);
        } else {
          doc = makeLetter(loaded, tool, {
            templates: context.templates,
            tools: context.tools,
            ...(task.date ? { date: task.date } : {}),
            ...(task.signature ? { signature: true } : {}),
          });
          missing = missingRequiredClauses(doc, loaded, tool, context);
        }
        if (missing.length > 0) {
          results[index]!.refused.push({
            tool,
            error: {
              key: kind === "guide" ? "batch.guideRefused" : "batch.letterRefused",
              params: { file: path.basename(loaded.file), tool },
              problems: missing,
            },
          });
          continue;
        }
        const formats = task.letters
          .filter((l) => l.tool === tool && l.kind === kind)
          .map((l) => l.format);
        letters.push({ index, kind, tool, doc, loaded, context, templates, formats, written: [] });
      } catch (error) {
        results[index]!.refused.push({ tool, error: plainError(error) });
      }
    }
  }

  const fail = (letter: LetterToMake, error: unknown): void => {
    results[letter.index]!.refused.push({ tool: letter.tool, error: plainError(error) });
  };
  const writes: Promise<void>[] = [];
  try {
    const formats = new Set(tasks.flatMap((task) => task.letters.map((l) => l.format)));
    for (const format of formats) {
      for (const letter of letters) {
        const slot = letter.formats.indexOf(format);
        if (slot < 0) continue;
        let data: Uint8Array;
        try {
          data = await renderLetter(format, letter.doc, letter.loaded, letter.templates);
        } catch (error) {
          fail(letter, error);
          continue;
        }
        const outDir = tasks[letter.index]!.outDir;
        const centreId = letter.loaded.profile.id;
        const file =
          letter.kind === "guide"
            ? path.resolve(outDir, outputName(centreId, guideSpec(letter.tool), format))
            : letterPath(outDir, centreId, letter.tool, format);
        writes.push(
          writeAtomic(file, data).then(
            () => {
              letter.written[slot] = {
                kind: letter.kind,
                tool: letter.tool,
                format,
                file,
                sha256: fileSha256(data),
                size: data.length,
                date: letter.doc.meta.date,
              };
            },
            (error: unknown) =>
              fail(
                letter,
                new UserError("error.writeFailed", { file, reason: errnoReason(error) }, [], {
                  cause: error,
                }),
              ),
          ),
        );
      }
    }
  } finally {
    // Also when something unforeseen stops the rendering: no write is left running unseen.
    await Promise.allSettled(writes);
  }
  for (const letter of letters) {
    for (const written of letter.written) if (written) results[letter.index]!.written.push(written);
  }
  return results.map(({ written, refused, error }) =>
    error ? { written, refused, error } : { written, refused },
  );
}
