import { readFile } from "node:fs/promises";
import path from "node:path";
import type { DocumentChoice } from "../../core/pipeline/document-spec.js";
import type { PipelineInputs } from "../../core/pipeline/pipeline-inputs.js";
import type { RenderedFile } from "../../core/pipeline/render-document.js";
import type { LoadedProfile } from "../../core/profile/load-profile.js";
import type { Format } from "../../core/render/registry.js";
import type { ToolId } from "../../core/tools/tool-ids.js";
import { templateDataFile } from "../io/template-data-file.js";
import { lockOutDir } from "./batch-lock.js";
import { GENERATOR } from "./generator-version.js";
import { guideChecklistHash, guideHashes } from "./guide-hashes.js";
import { fileSha256 } from "./hash.js";
import { holdCentre } from "./held-centre.js";
import { readManifest, removeJournal, writeManifest } from "./manifest.js";
import { languageHashes, planCentre, templateHash } from "./plan-batch.js";

export interface NoteOptions {
  readonly templatesDir: string;
  readonly date?: string;
  readonly signature?: boolean;
  /** The translation the e-mails carry (`--translation`): part of their inputs. */
  readonly attachTranslation?: string;
}

/**
 * Adds the files `generate` wrote to `<out>/manifest.json`, with the same hashes a batch notes,
 * so `clb-consent proof` can tell later which exact letter a client agreed to, also for a centre
 * that makes its letters one at a time. Other entries (other centres, a batch's) are kept. The
 * output folder is claimed as a batch claims it, so a batch and a generate never save the
 * manifest over each other.
 */
export async function noteInManifest(
  outDir: string,
  loaded: LoadedProfile,
  inputs: PipelineInputs,
  files: readonly RenderedFile[],
  options: NoteOptions,
): Promise<void> {
  const root = path.resolve(outDir);
  const tools = [...new Set(files.map((f) => f.tool))] as ToolId[];
  const formats = [...new Set(files.map((f) => f.format))] as Format[];
  const audiences = [
    ...new Set(files.flatMap((f) => (f.audience === "staff" ? [] : [f.audience]))),
  ];
  const guides = files.some((f) => f.kind === "guide");
  // The translation the e-mails carry is read too, even when only the e-mails were written.
  const attach = options.attachTranslation;
  const translations = [
    ...new Set([...files.flatMap((f) => (f.lang ? [f.lang] : [])), ...(attach ? [attach] : [])]),
  ];
  const languages = new Map(
    await Promise.all(
      translations.map(async (code) => {
        const language = inputs.languages?.get(code);
        if (!language)
          throw new Error(`translation ${code} written, but its language was not read`);
        return [code, await languageHashes(language, tools)] as const;
      }),
    ),
  );
  const documents: DocumentChoice[] = [
    ...(files.some((f) => f.kind === "letter") ? (["letters"] as const) : []),
    ...(guides ? (["guides"] as const) : []),
  ];
  const [toolsFile, checklistFile] = await Promise.all([
    templateDataFile(options.templatesDir, "tools.yaml"),
    templateDataFile(options.templatesDir, "checklist.yaml"),
  ]);
  const planned = await planCentre(
    await holdCentre(loaded),
    {
      ...(guides && inputs.guides
        ? {
            guideHashes: await guideHashes(options.templatesDir, tools, inputs.guides),
            guideChecklistHash: await guideChecklistHash(options.templatesDir),
          }
        : {}),
      ...(languages.size > 0 ? { languages } : {}),
      templates: inputs.templates,
      tools: inputs.tools,
      toolsHash: fileSha256(await readFile(toolsFile)),
      checklistHash: fileSha256(await readFile(checklistFile)),
      templateHashes: new Map(
        await Promise.all(
          tools.map(async (t) => [t, await templateHash(inputs.templates, t)] as const),
        ),
      ),
    },
    {
      tools,
      audiences,
      documents,
      ...(translations.length > 0 ? { translations } : {}),
      ...(attach ? { attachTranslation: attach } : {}),
      formats,
      outDir: root,
      ...(options.date ? { date: options.date } : {}),
      ...(options.signature ? { signature: true } : {}),
    },
  );
  const unlock = await lockOutDir(root);
  try {
    const entries = await readManifest(root);
    for (const file of files) {
      const plan = planned.find((p) => p.relative === file.path);
      if (!plan) continue;
      entries.set(file.path, {
        centre: loaded.profile.id,
        tool: file.tool,
        format: file.format,
        path: file.path,
        sha256: fileSha256(file.bytes),
        size: file.bytes.length,
        date: file.date,
        inputs: plan.inputs,
        kind: file.kind,
        baseName: file.baseName,
        audience: file.audience,
        ...(file.lang ? { lang: file.lang } : {}),
      });
    }
    // A translation names the Dutch letter it goes with, as now on record.
    for (const plan of planned) {
      if (plan.dutch === undefined) continue;
      const entry = entries.get(plan.relative);
      const dutch = entries.get(plan.dutch);
      if (entry && dutch) {
        entries.set(plan.relative, {
          ...entry,
          translationOf: { path: dutch.path, sha256: dutch.sha256 },
        });
      }
    }
    await writeManifest(root, GENERATOR, entries.values());
    await removeJournal(root);
  } finally {
    await unlock();
  }
}
