import { randomBytes } from "node:crypto";
import { type FileHandle, mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";

/** Suffix of temporary files; a later run removes any that an interrupted run left behind. */
export const TEMP_SUFFIX = ".clb-tmp";

/**
 * Writes a file so that it is either complete or absent: the bytes go to a temporary file in
 * the same folder, are flushed to disk, and the temporary file is then renamed over the target
 * (rename is atomic within one file system).
 */
export async function writeAtomic(file: string, data: Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(
    dir,
    `.${path.basename(file)}.${randomBytes(6).toString("hex")}${TEMP_SUFFIX}`,
  );
  try {
    const handle = await createFile(temp, dir);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Creates a new file. Its folder is made only when it is missing: most letters go to a folder
 * that exists, and a mkdir for every letter was 1.5 % of a batch worker's time.
 */
async function createFile(temp: string, dir: string): Promise<FileHandle> {
  try {
    return await open(temp, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    await mkdir(dir, { recursive: true });
    return await open(temp, "wx");
  }
}
