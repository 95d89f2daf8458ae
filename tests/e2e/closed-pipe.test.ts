import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, PROFILES, spawnCli, tempDir } from "../helpers/cli.js";

// `clb-consent proof … | head`: the reader closes the pipe before the CLI has written
// everything. A real process (the bin shim owns its streams), its stdout closed at once so that
// every write meets a closed pipe, not only the ones after head's first line.

function withClosedStdout(
  args: readonly string[],
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("a closed stdout", () => {
  it("ends proof quietly, without an unhandled EPIPE", async () => {
    const out = await tempDir("clb-closed-pipe-");
    const profile = path.join(PROFILES, "clb-de-brug.yaml");
    const made = await spawnCli(["generate", "-p", profile, "-o", out, "-f", "pdf", "-t", "teams"]);
    expect(made.code, made.stderr).toBe(0);
    const letter = path.join(out, "clb-de-brug", "toestemming-teams.pdf");
    const proof = ["proof", letter, "--route", "email", "--date", "2026-11-25"];
    const { code, stderr } = await withClosedStdout(proof);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
