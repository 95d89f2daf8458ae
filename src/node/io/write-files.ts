import path from "node:path";
import { UserError } from "../../core/errors/user-error.js";
import { errnoReason } from "../../core/files/errno-reason.js";
import type { RenderedFile } from "../../core/pipeline/render-document.js";
import { ensureWritableDir } from "../output/ensure-writable-dir.js";
import { writeAtomic } from "../output/write-atomic.js";

/** A file as written: what was rendered, where it is now, and its size (not its bytes). */
export type WrittenFile = Omit<RenderedFile, "bytes"> & {
  /** Absolute path. */
  readonly file: string;
  readonly size: number;
};

/**
 * The absolute path of a rendered file. The centre id and base name are validated slugs; the
 * check keeps a file inside `outDir` even if that validation ever changed.
 */
export function resolveOutput(outDir: string, relative: string): string {
  const root = path.resolve(outDir);
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) throw new Error(`output path escapes ${root}: ${file}`);
  return file;
}

/** Writes one rendered file atomically; a failure is the user's to fix (a full disk, say). */
export async function writeRenderedFile(outDir: string, rendered: RenderedFile): Promise<string> {
  const file = resolveOutput(outDir, rendered.path);
  try {
    await writeAtomic(file, rendered.bytes);
  } catch (error) {
    throw new UserError("error.writeFailed", { file, reason: errnoReason(error) }, [], {
      cause: error,
    });
  }
  return file;
}

/**
 * Writes a centre's rendered files one by one, each atomically, after checking their folders
 * can be written in. Stops at the first file that cannot be written.
 */
export async function writeRenderedFiles(
  outDir: string,
  files: readonly RenderedFile[],
): Promise<WrittenFile[]> {
  const dirs = new Set(files.map((f) => path.dirname(resolveOutput(outDir, f.path))));
  for (const dir of dirs) await ensureWritableDir(dir);
  const written: WrittenFile[] = [];
  for (const rendered of files) {
    const { bytes, ...rest } = rendered;
    written.push({ ...rest, file: await writeRenderedFile(outDir, rendered), size: bytes.length });
  }
  return written;
}
