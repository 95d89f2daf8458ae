import fs from "node:fs";
import { open } from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";
import path from "node:path";
import { tempDir } from "./cli.js";

/**
 * Runs `action` while every file write stops half-way: half of the bytes reach the file, then
 * the write fails as on a full disk (ENOSPC). This is what a full disk or a crash does to a
 * write that is not atomic, without needing a disk that fills up (tests/interop/disk-full.test.ts
 * mounts one, which needs root). The writes a letter may go through are all replaced: a
 * FileHandle's writeFile and write, and fs's own writeFile and writeFileSync (so a write that
 * skips the temporary file fails here too, and leaves its half file for the test to find).
 * Everything is put back afterwards, also when `action` throws.
 */
export async function withWritesFailingHalfway<T>(action: () => Promise<T>): Promise<T> {
  const handle = await open(path.join(await tempDir("clb-writes-"), "probe"), "w");
  const FileHandle = Object.getPrototypeOf(handle) as {
    writeFile: (this: unknown, data: unknown, ...rest: unknown[]) => Promise<void>;
    write: (this: unknown, data: unknown, ...rest: unknown[]) => Promise<unknown>;
  };
  await handle.close();
  const saved = {
    handleWriteFile: FileHandle.writeFile,
    handleWrite: FileHandle.write,
    writeFile: fs.promises.writeFile,
    writeFileSync: fs.writeFileSync,
  };
  FileHandle.writeFile = async function (data, ...rest) {
    await saved.handleWriteFile.call(this, half(data), ...rest);
    throw diskFull();
  };
  FileHandle.write = async function (data, ...rest) {
    await saved.handleWrite.call(this, half(data), ...rest);
    throw diskFull();
  };
  fs.promises.writeFile = (async (file: fs.PathLike, data: unknown, ...rest: unknown[]) => {
    await (saved.writeFile as (...args: unknown[]) => Promise<void>)(file, half(data), ...rest);
    throw diskFull();
  }) as typeof fs.promises.writeFile;
  fs.writeFileSync = ((file: fs.PathOrFileDescriptor, data: unknown, ...rest: unknown[]) => {
    (saved.writeFileSync as (...args: unknown[]) => void)(file, half(data), ...rest);
    throw diskFull();
  }) as typeof fs.writeFileSync;
  // `import { writeFile } from "node:fs/promises"` sees the replacements too.
  syncBuiltinESMExports();
  try {
    return await action();
  } finally {
    FileHandle.writeFile = saved.handleWriteFile;
    FileHandle.write = saved.handleWrite;
    fs.promises.writeFile = saved.writeFile;
    fs.writeFileSync = saved.writeFileSync;
    syncBuiltinESMExports();
  }
}

function half(data: unknown): unknown {
  if (typeof data === "string") return data.slice(0, Math.floor(data.length / 2));
  if (data instanceof Uint8Array) return data.subarray(0, Math.floor(data.length / 2));
  return data;
}

function diskFull(): NodeJS.ErrnoException {
  return Object.assign(new Error("ENOSPC: no space left on device, write"), {
    code: "ENOSPC",
    errno: -28,
    syscall: "write",
  });
}
