import { mkdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { runTool } from "./run-tool.js";

/**
 * Converts files with LibreOffice headless, in one call, with a private user profile so that
 * no other LibreOffice on the machine (or a stale lock) gets in the way.
 */
export async function convertWithLibreOffice(
  files: readonly string[],
  format: string,
  outDir: string,
): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const profile = pathToFileURL(path.join(outDir, ".lo-profile")).href;
  const result = await runTool(
    "soffice",
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ],
    300_000,
  );
  if (result.code !== 0) throw new Error(`LibreOffice failed (${result.code}): ${result.stderr}`);
  return result.stdout + result.stderr;
}
