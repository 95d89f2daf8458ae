import { execFile } from "node:child_process";

export interface ToolResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a real reader (poppler, qpdf, LibreOffice). A missing program fails the test with the
 * package to install: interop tests never skip.
 */
export function runTool(
  command: string,
  args: readonly string[],
  timeout = 120_000,
): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      [...args],
      { timeout, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === "ENOENT") {
          reject(
            new Error(
              `${command} is not installed (apt-get install poppler-utils qpdf libreoffice-writer-nogui)`,
            ),
          );
          return;
        }
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
