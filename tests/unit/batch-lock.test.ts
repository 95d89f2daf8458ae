import { spawn, spawnSync } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isUserError } from "../../src/core/errors/user-error.js";
import { LOCK_NAME, lockOutDir } from "../../src/node/batch/batch-lock.js";
import { tempDir } from "../helpers/cli.js";

async function outDir(): Promise<string> {
  const dir = path.join(await tempDir("clb-lock-"), "out");
  await mkdir(dir);
  return dir;
}

async function refusal(dir: string): Promise<unknown> {
  return lockOutDir(dir).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("the output folder's lock", () => {
  it("lets one batch in at a time, and the next one once it is released", async () => {
    const dir = await outDir();
    const release = await lockOutDir(dir);
    expect(await readFile(path.join(dir, LOCK_NAME), "utf8")).toBe(`${process.pid}\n`);
    const error = await refusal(dir);
    expect(isUserError(error) && [error.key, error.params]).toEqual([
      "batch.locked",
      { dir, pid: process.pid },
    ]);
    await release();
    expect(await readdir(dir)).toEqual([]);
    await (await lockOutDir(dir))();
  });

  it("refuses while another live process holds it", async () => {
    const dir = await outDir();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      await writeFile(path.join(dir, LOCK_NAME), `${other.pid}\n`);
      const error = await refusal(dir);
      expect(isUserError(error) && error.params).toEqual({ dir, pid: other.pid });
    } finally {
      other.kill();
    }
  });

  it("takes over a lock left by a batch that was killed, or one without a process id", async () => {
    const dir = await outDir();
    const gone = spawnSync(process.execPath, ["-e", "console.log(process.pid)"]);
    await writeFile(path.join(dir, LOCK_NAME), gone.stdout.toString());
    await (await lockOutDir(dir))();
    await writeFile(path.join(dir, LOCK_NAME), "");
    await (await lockOutDir(dir))();
    expect(await readdir(dir)).toEqual([]);
  });
});
