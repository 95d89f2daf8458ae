import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { run } from "../../src/node/cli/run.js";
import { PROFILES, tempDir } from "../helpers/cli.js";

export const EXAMPLES = ["clb-de-brug", "clb-minimaal", "clb-praatbox", "clb-wereldwijd"] as const;
export const GOLDEN_FILE = path.join(import.meta.dirname, "letters.json");

/**
 * Every example profile's letters in every format, made in this process by the CLI's own
 * `generate`, as sha256 by file name (relative to the output folder).
 */
export async function exampleLetterHashes(): Promise<Record<string, string>> {
  const out = await tempDir("clb-golden-");
  const quiet = { out: () => {}, err: (line: string) => console.error(line) };
  for (const id of EXAMPLES) {
    const profile = path.join(PROFILES, `${id}.yaml`);
    const code = await run(
      ["generate", "--profile", profile, "--format", "pdf,docx,md,txt", "--out", out],
      quiet,
    );
    if (code !== 0) throw new Error(`generate --profile ${id} ended with ${code}`);
  }
  const hashes: Record<string, string> = {};
  for (const name of (await readdir(out, { recursive: true })).sort()) {
    const file = path.join(out, name);
    const data = await readFile(file).catch(() => undefined);
    if (!data) continue; // a folder
    hashes[name.split(path.sep).join("/")] = createHash("sha256").update(data).digest("hex");
  }
  return hashes;
}
