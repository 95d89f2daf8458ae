import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, PROFILES, tempDir } from "../helpers/cli.js";
import { runTool } from "./run-tool.js";

describe("the CLI in the machine's own setting", () => {
  it("needs no network: generate, validate and batch work in a network namespace with no network", async () => {
    const out = path.join(await tempDir(), "out");
    const node = process.execPath;
    const steps = [
      [
        node,
        BIN,
        "generate",
        "-p",
        path.join(PROFILES, "clb-wereldwijd.yaml"),
        "-o",
        out,
        "-f",
        "pdf,docx",
      ],
      [
        node,
        BIN,
        "validate",
        path.join(out, "clb-wereldwijd", "toestemming-teams.pdf"),
        "--profile",
        path.join(PROFILES, "clb-wereldwijd.yaml"),
      ],
      [
        node,
        BIN,
        "batch",
        "--documents",
        "letters",
        "--profiles",
        PROFILES,
        "--out",
        out,
        "--jobs",
        "2",
      ],
    ];
    for (const step of steps) {
      // unshare -n: a new network namespace holding only a loopback device that is down.
      const result = await runTool("unshare", ["-n", "--", ...step]);
      expect(result.code, `${step.slice(2).join(" ")}\n${result.stderr}`).toBe(0);
    }
  });

  it("shows a progress bar on a terminal", async () => {
    const out = path.join(await tempDir(), "out");
    const command = `${process.execPath} ${BIN} batch --profiles ${PROFILES} --out ${out}`;
    // script(1) runs the command on a pseudo-terminal.
    const tty = await runTool("script", ["-qec", command, "/dev/null"]);
    expect(tty.code).toBe(0);
    // One step per example profile.
    const centres = (await readdir(PROFILES)).filter((f) => f.endsWith(".yaml")).length;
    expect(tty.stdout).toMatch(new RegExp(`█+░* \\d/${centres} centra, \\d+ brieven – clb-`));
    expect(tty.stdout).toContain(`Centra: ${centres}, waarvan 0 zonder brieven.`);
  });
});
