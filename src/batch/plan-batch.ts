import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { letterPath } from "../output/letter-path.js";
import { type DocumentChoice, guideSpec, outputName } from "../pipeline/document-spec.js";
import type { Format } from "../render/registry.js";
import type { TemplateSet } from "../template/load-templates.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";
import { GENERATOR } from "./generator-version.js";
import { fileSha256, sha256 } from "./hash.js";
import type { HeldCentre } from "./held-centre.js";
import type { ManifestEntry } from "./manifest.js";

export interface SharedInputs {
  readonly templates: TemplateSet;
  readonly tools: ToolsFile;
  readonly toolsHash: string;
  readonly checklistHash: string;
  readonly templateHashes: ReadonlyMap<ToolId, string>;
  /** Per tool, the hash of everything its staff guide is made from (when guides are made). */
  readonly guideHashes?: ReadonlyMap<ToolId, string>;
}

export interface PlannedLetter {
  readonly kind: "letter" | "guide";
  readonly tool: ToolId;
  readonly format: Format;
  readonly file: string;
  /** The manifest path: relative to the output folder, with forward slashes. */
  readonly relative: string;
  readonly date: string;
  readonly inputs: ManifestEntry["inputs"];
}

/** The tool's template followed by every partial in name order: an edit anywhere changes it. */
export async function templateHash(templates: TemplateSet, tool: ToolId): Promise<string> {
  const letter = templates.letters.get(tool);
  const partials = [...templates.partials.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  const files = [letter?.file, ...partials.map((p) => p.file)].filter(
    (f): f is string => f !== undefined,
  );
  return fileSha256(...(await Promise.all(files.map((f) => readFile(f)))));
}

/** Every letter one centre should have, with the hash of everything it is made from. */
export async function planCentre(
  centre: HeldCentre,
  shared: SharedInputs,
  options: {
    readonly tools?: readonly ToolId[];
    readonly formats: readonly Format[];
    readonly outDir: string;
    readonly date?: string;
    readonly signature?: boolean;
    /** Default letters only. */
    readonly documents?: readonly DocumentChoice[];
  },
): Promise<PlannedLetter[]> {
  const profile = centre.profileHash;
  const letters: PlannedLetter[] = [];
  const documents = options.documents ?? ["letters"];
  const kinds = [
    ...(documents.includes("letters") ? (["letter"] as const) : []),
    ...(documents.includes("guides") ? (["guide"] as const) : []),
  ];
  for (const tool of options.tools ?? centre.profile.tools) {
    const date = options.date ?? centre.profile.letterDate ?? shared.tools[tool].versionDate;
    for (const kind of kinds) {
      const template =
        kind === "guide"
          ? shared.guideHashes?.get(tool)
          : (shared.templateHashes.get(tool) ?? (await templateHash(shared.templates, tool)));
      if (template === undefined) throw new Error(`no hash of the ${tool} guide's inputs`);
      for (const format of options.formats) {
        const file =
          kind === "guide"
            ? path.resolve(options.outDir, outputName(centre.profile.id, guideSpec(tool), format))
            : letterPath(options.outDir, centre.profile.id, tool, format);
        const parts = {
          profile,
          template,
          tools: shared.toolsHash,
          checklist: shared.checklistHash,
        };
        letters.push({
          kind,
          tool,
          format,
          file,
          relative: path.relative(path.resolve(options.outDir), file).split(path.sep).join("/"),
          date,
          inputs: {
            ...parts,
            all: sha256(
              GENERATOR,
              format,
              date,
              options.signature ? "signature" : "",
              parts.profile,
              parts.template,
              parts.tools,
              parts.checklist,
              // Only guides add a part: letters keep the hashes of manifests made before guides.
              ...(kind === "guide" ? ["guide"] : []),
            ),
          },
        });
      }
    }
  }
  return letters;
}

/** True when the manifest's entry was made from the same inputs and the file is still that file. */
export async function isUnchanged(
  letter: PlannedLetter,
  entry: ManifestEntry | undefined,
): Promise<boolean> {
  if (!entry || entry.inputs.all !== letter.inputs.all) return false;
  try {
    const info = await stat(letter.file);
    if (info.size !== entry.size) return false;
    return fileSha256(await readFile(letter.file)) === entry.sha256;
  } catch {
    return false;
  }
}
