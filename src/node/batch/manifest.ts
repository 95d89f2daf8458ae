import { type FileHandle, open, readFile, rm } from "node:fs/promises";
import path from "node:path";
import * as z from "zod";
import { AUDIENCES, DOCUMENT_KINDS } from "../../core/pipeline/document-spec.js";
import { TOOL_ID_PATTERN } from "../../core/tools/tool-ids.js";
import { writeAtomic } from "../output/write-atomic.js";

export const MANIFEST_NAME = "manifest.json";
/**
 * Letters written since the manifest was last saved, one JSON entry per line. A run appends to
 * it as letters are written and folds it into the manifest at the end; after a run that was
 * killed, the next run folds it in first.
 */
export const JOURNAL_NAME = "manifest-journal.jsonl";

const Sha = z.string().regex(/^[0-9a-f]{64}$/);

/** One letter as written: enough to prove later which exact text a client approved. */
export const ManifestEntrySchema = z.strictObject({
  centre: z.string(),
  // Any tool id: a tool removed from tools.yaml still has letters on record.
  tool: z.string().regex(TOOL_ID_PATTERN),
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
  /**
   * Which document of the tool this is (the letter or the staff guide) and its file name
   * without extension. Manifests written before 2026-12-03 lack them;
   * their letters are still recognised as unchanged.
   */
  kind: z.enum(DOCUMENT_KINDS).optional(),
  baseName: z.string().optional(),
  /** Whom it speaks to (a guide: staff); manifests written before the parents' letter lack it. */
  audience: z.enum([...AUDIENCES, "staff"]).optional(),
  /** A translation's language code; absent for a Dutch document. */
  lang: z.string().optional(),
  /**
   * For a translation: the Dutch letter it goes with, in the same format (its path and hash as
   * this manifest records them), so `proof` shows which Dutch text counts.
   */
  translationOf: z.strictObject({ path: z.string(), sha256: Sha }).optional(),
});

export const ManifestSchema = z.strictObject({
  generator: z.string(),
  letters: z.array(ManifestEntrySchema),
});

export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
export type Manifest = z.infer<typeof ManifestSchema>;

/**
 * The manifest in `outDir` with the journal of a run that was killed folded in, or an empty one
 * when there is none or it cannot be trusted. A journal line that is not a whole entry (the
 * run was killed while writing it) is skipped: its letter is made again.
 */
export async function readManifest(outDir: string): Promise<Map<string, ManifestEntry>> {
  const entries = new Map<string, ManifestEntry>();
  try {
    const parsed = ManifestSchema.safeParse(
      JSON.parse(await readFile(path.join(outDir, MANIFEST_NAME), "utf8")),
    );
    if (parsed.success) for (const entry of parsed.data.letters) entries.set(entry.path, entry);
  } catch {
    // No manifest yet, or not one of ours: every letter is made.
  }
  let journal = "";
  try {
    journal = await readFile(path.join(outDir, JOURNAL_NAME), "utf8");
  } catch {
    return entries;
  }
  for (const line of journal.split("\n")) {
    try {
      const entry = ManifestEntrySchema.safeParse(JSON.parse(line));
      if (entry.success) entries.set(entry.data.path, entry.data);
    } catch {
      // A line cut short.
    }
  }
  return entries;
}

/**
 * Where a run notes each letter as soon as it is written. Saving the whole manifest each time
 * would cost time and memory that grow with the number of centres (a 1000-centre manifest is
 * 2.6 MB); a line per letter does not. Noting is best effort: should it fail (a full disk), the
 * manifest saved at the end of the run reports that problem, and after a killed run, letters
 * not noted are made again.
 */
export class ManifestJournal {
  private writing: Promise<void> = Promise.resolve();

  private constructor(private readonly handle: FileHandle) {}

  /** Starts an empty journal; call only after saving the manifest it continues. */
  static async start(outDir: string): Promise<ManifestJournal> {
    return new ManifestJournal(await open(path.join(outDir, JOURNAL_NAME), "w"));
  }

  note(entries: readonly ManifestEntry[]): void {
    if (entries.length === 0) return;
    const lines = entries.map((entry) => `${JSON.stringify(entry)}\n`).join("");
    this.writing = this.writing
      .then(() => this.handle.write(lines))
      .then(
        () => undefined,
        () => undefined,
      );
  }

  async close(): Promise<void> {
    await this.writing;
    await this.handle.close();
  }
}

/** Removes the journal once the manifest holds everything in it. */
export async function removeJournal(outDir: string): Promise<void> {
  await rm(path.join(outDir, JOURNAL_NAME), { force: true });
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
