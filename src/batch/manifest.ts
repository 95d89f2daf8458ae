import { readFile } from "node:fs/promises";
import path from "node:path";
import * as z from "zod";
import { writeAtomic } from "../output/write-atomic.js";
import { TOOL_IDS } from "../tools/tool-ids.js";

export const MANIFEST_NAME = "manifest.json";

const Sha = z.string().regex(/^[0-9a-f]{64}$/);

/** One letter as written: enough to prove later which exact text a client approved. */
export const ManifestEntrySchema = z.strictObject({
  centre: z.string(),
  tool: z.enum(TOOL_IDS),
  format: z.string(),
  /** Relative to the manifest's folder, with forward slashes. */
  path: z.string(),
  sha256: Sha,
  size: z.number().int().nonnegative(),
  date: z.string(),
  inputs: z.strictObject({
    profile: Sha,
    template: Sha,
    tools: Sha,
    checklist: Sha,
    /** Hash of everything above plus the generator's version and the format. */
    all: Sha,
  }),
});

export const ManifestSchema = z.strictObject({
  generator: z.string(),
  letters: z.array(ManifestEntrySchema),
});

export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
export type Manifest = z.infer<typeof ManifestSchema>;

/** The manifest in `outDir`, or an empty one when there is none or it cannot be trusted. */
export async function readManifest(outDir: string): Promise<Map<string, ManifestEntry>> {
  try {
    const parsed = ManifestSchema.safeParse(
      JSON.parse(await readFile(path.join(outDir, MANIFEST_NAME), "utf8")),
    );
    return new Map(parsed.success ? parsed.data.letters.map((entry) => [entry.path, entry]) : []);
  } catch {
    return new Map();
  }
}

/** Writes the manifest atomically, entries sorted by path: the same letters give the same bytes. */
export async function writeManifest(
  outDir: string,
  generator: string,
  entries: Iterable<ManifestEntry>,
): Promise<void> {
  const letters = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest: Manifest = { generator, letters };
  await writeAtomic(
    path.join(outDir, MANIFEST_NAME),
    Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`),
  );
}
