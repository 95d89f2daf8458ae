import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = path.join(ROOT, "bin", "clb-consent.js");
export const PROFILES = path.join(ROOT, "clb-profiles");
export const TEMPLATES = path.join(ROOT, "templates");

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI (`npm test` builds first) as a user would, in `cwd`. */
export function runCli(args: readonly string[], cwd = ROOT): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A fresh temporary folder, removed after the test file. */
export async function tempDir(prefix = "clb-test-"): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A complete, valid profile as YAML text, with fields overridden or removed by line. */
export function profileYaml(overrides: Record<string, string | null> = {}): string {
  const fields: Record<string, string> = {
    id: "id: clb-test",
    name: "name: CLB Test",
    address: 'address:\n  street: Teststraat 1\n  postalCode: "1000"\n  city: Brussel',
    phone: "phone: 02 123 45 67",
    email: "email: info@test.clb.example",
    website: "website: https://test.clb.example",
    privacyUrl: "privacyUrl: https://test.clb.example/privacy",
    complaint: "complaint:\n  contact: de directeur\n  email: klacht@test.clb.example",
    dpo: "dpo:\n  email: dpo@test.clb.example",
    tools: "tools: [teams, praatbox]",
    letterDate: 'letterDate: "2026-11-23"',
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === null) delete fields[key];
    else fields[key] = value;
  }
  return `${Object.values(fields).join("\n")}\n`;
}
