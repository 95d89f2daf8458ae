import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import { run } from "../../src/node/cli/run.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = path.join(ROOT, "bin", "clb-consent.js");
export const PROFILES = path.join(ROOT, "clb-profiles");
export const TEMPLATES = path.join(ROOT, "templates");

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

type Write = typeof process.stdout.write;
type Sink = { out: (text: string) => void; err: (text: string) => void };

/**
 * The runs in progress. A test that timed out may leave its run going while the next test
 * starts one, so the process's streams are captured once for all of them (never wrapped twice,
 * never restored to a wrapper) and the signal listeners are compared only when no run is left.
 */
const active = new Set<Sink>();
let real: { out: Write; err: Write } | undefined;

function capture(pick: (sink: Sink) => (text: string) => void): Write {
  return ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString();
    for (const sink of active) pick(sink)(text);
    const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
    callback?.();
    return true;
  }) as Write;
}

function startCapture(sink: Sink): void {
  if (active.size === 0) {
    real = { out: process.stdout.write, err: process.stderr.write };
    process.stdout.write = capture((s) => s.out);
    process.stderr.write = capture((s) => s.err);
  }
  active.add(sink);
}

function stopCapture(sink: Sink): void {
  active.delete(sink);
  if (active.size === 0 && real) {
    process.stdout.write = real.out;
    process.stderr.write = real.err;
    real = undefined;
  }
}

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

/**
 * Runs the CLI in this process, as `run(argv)` from src/node/cli/run.ts, and returns what a process
 * would have shown: the exit code and its two streams. Starting a Node process costs about a
 * second on a busy two-core machine and tests nothing the command itself does; `spawnCli` is for
 * what belongs to the process (signals, the bin shim, the working folder). Give absolute paths:
 * the working folder is the test runner's. Anything else that writes to the process's own
 * streams meanwhile (a library's warning, a stray log line) lands in the result too, as it would
 * in a process's output. The run must leave the process as it found it: process.exitCode and
 * the signal listeners are checked after each run. `onOut` sees each line the command prints, as
 * it prints it (a batch's progress lines, for one).
 */
export async function runCli(
  args: readonly string[],
  options: { readonly onOut?: (line: string) => void } = {},
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const sink: Sink = { out: (text) => (stdout += text), err: (text) => (stderr += text) };
  const exitCode = process.exitCode;
  const listeners = active.size === 0 ? SIGNALS.map((s) => process.listenerCount(s)) : undefined;
  startCapture(sink);
  let code: number;
  try {
    code = await run(args, {
      out: (line) => {
        sink.out(`${line}\n`);
        options.onOut?.(line);
      },
      err: (line) => sink.err(`${line}\n`),
    });
  } finally {
    stopCapture(sink);
  }
  const command = args.join(" ");
  if (process.exitCode !== exitCode) {
    throw new Error(`run(${command}) changed process.exitCode to ${process.exitCode}`);
  }
  if (listeners && active.size === 0) {
    const after = SIGNALS.map((s) => process.listenerCount(s));
    if (after.some((count, i) => count !== listeners[i])) {
      throw new Error(`run(${command}) left signal listeners behind`);
    }
  }
  return { code, stdout, stderr };
}

/** Runs the built CLI (bin/clb-consent.js, as installed) in a process of its own, in `cwd`. */
export function spawnCli(args: readonly string[], cwd = ROOT): Promise<CliResult> {
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
/** The example profiles' contracts for all five shipped tools (fictional, as there). */
export const CONTRACTS_YAML = `contracts:
  teams:
    role: processor
    where: eu
    retention: In onze Microsoft 365-omgeving blijven de aanwezigheidslijst en de chat van een gesprek 30 dagen. Daarna worden ze gewist.
    agreement: Microsoft Products and Services Data Protection Addendum
    agreementDate: "2025-09-01"
  praatbox:
    role: processor
    where: eu
    retention: Praatbox wist het IP-adres, de naam en het e-mailadres van wie deelnam 30 dagen na het gesprek.
    agreement: Verwerkersovereenkomst Praatbox
    agreementDate: "2025-10-15"
  zoom:
    role: processor
    where: eu-and-outside-eu
    safeguard: de standaardcontractbepalingen van de Europese Commissie
    retention: Zoom wist de gegevens over een gesprek (wie deelnam, wanneer en hoe lang) 90 dagen na het gesprek.
    agreement: Zoom Data Processing Addendum
    agreementDate: "2025-06-01"
  jitsi:
    role: controller
    where: eu-and-outside-eu
    safeguard: de standaardcontractbepalingen van de Europese Commissie
    retention: 8x8 bewaart het IP-adres en de naam van de gespreksruimte 90 dagen.
    agreement: Gebruiksvoorwaarden en privacyverklaring van 8x8 voor meet.jit.si
    agreementDate: "2026-01-15"
  google-meet:
    role: processor
    where: eu-and-outside-eu
    safeguard: de standaardcontractbepalingen van de Europese Commissie
    retention: Google wist de gegevens over een gesprek (wie deelnam, wanneer en hoe lang) 60 dagen na het gesprek.
    agreement: Cloud Data Processing Addendum van Google Workspace for Education
    agreementDate: "2025-08-20"`;

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
    retention:
      "retention:\n  file: We bewaren het dossier tien jaar na het laatste consult.\n  agreement: Je akkoord bewaren we even lang als het dossier.",
    tools: "tools: [teams, praatbox]",
    // A contract for every shipped tool, so a test that names any tool gets its letter.
    contracts: CONTRACTS_YAML,
    letterDate: 'letterDate: "2026-11-23"',
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === null) delete fields[key];
    else fields[key] = value;
  }
  return `${Object.values(fields).join("\n")}\n`;
}
