import { execFile } from "node:child_process";
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { PROFILES, ROOT, TEMPLATES, tempDir } from "../helpers/cli.js";

// Issue 27: "The README and docs/usage.md say only what works; an example for every command runs
// as written." Every `npx clb-consent ...` line of their shell blocks runs here with the built
// CLI, in a folder that holds what a user's checkout holds (clb-profiles/, templates/), with the
// relative paths and the working folder's defaults (out/, clb-profiles/) exactly as written.
// They run one after the other in ONE process (the bundle's `run`, as bin/clb-consent.js calls
// it): a process per example cost a second each before any work. Even so the examples make every
// format for every example centre several times (35-70 s on a shared two-core machine), so this
// runs with `npm run test:interop` (which builds first, as CI does), not in `npm test`.

const DOCS = ["README.md", "docs/usage.md"] as const;

/** A synopsis (`proof <brief.pdf> --route email|signature|oral [--by parent]`) is no example. */
const SYNOPSIS = /[<>[\]|]/;

interface Example {
  readonly doc: string;
  readonly line: number;
  readonly text: string;
  readonly args: string[];
}

/** The `npx clb-consent` lines of a Markdown file's sh blocks, without their comments. */
function examplesOf(doc: string, markdown: string): Example[] {
  const examples: Example[] = [];
  let inSh = false;
  for (const [index, raw] of markdown.split("\n").entries()) {
    if (raw.startsWith("```")) {
      inSh = !inSh && raw.trim() === "```sh";
      continue;
    }
    const text = raw.replace(/\s+#.*$/, "").trim();
    if (!inSh || !text.startsWith("npx clb-consent ") || SYNOPSIS.test(text)) continue;
    // No quotes in the examples: splitting at spaces is how a shell reads them.
    expect(text, `${doc}:${index + 1}`).not.toMatch(/["']/);
    examples.push({ doc, line: index + 1, text, args: text.split(/\s+/).slice(2) });
  }
  return examples;
}

/** Commands that make files come first: validate and proof read what they made. */
const ORDER = ["generate", "batch", "schema", "validate", "proof", "web"];

/** docs/usage.md's own tool (Webex), set up by its steps 1-4: templates copied, zoom's entry as webex. */
async function customTool(dir: string): Promise<void> {
  const own = path.join(dir, "mijn-sjablonen");
  await cp(TEMPLATES, own, { recursive: true });
  const tools = await readFile(path.join(own, "tools.yaml"), "utf8");
  const start = tools.indexOf("\n  zoom:\n");
  const end = tools.indexOf("\n  jitsi:\n");
  expect([start, end].every((i) => i > 0)).toBe(true);
  const webex = tools.slice(start, end).replace("\n  zoom:\n", "\n  webex:\n");
  await writeFile(path.join(own, "tools.yaml"), tools.slice(0, end) + webex + tools.slice(end));
  await cp(path.join(own, "zoom.md.hbs"), path.join(own, "webex.md.hbs"));
  const minimal = await readFile(path.join(PROFILES, "clb-minimaal.yaml"), "utf8");
  await writeFile(
    path.join(dir, "clb-profiles", "mijn-centrum.yaml"),
    minimal
      .replace("id: clb-minimaal", "id: mijn-centrum")
      .replace("tools: [teams]", "tools: [webex]")
      .replace("\n  teams:\n", "\n  webex:\n")
      // The centre's own texts in other languages follow its contract to the new tool.
      .replaceAll("contracts.teams.", "contracts.webex."),
  );
}

/** Runs every example in `cwd`, in one process; the exit code and stderr of each. */
function runAll(cwd: string, argvs: readonly string[][]): Promise<{ code: number; err: string }[]> {
  const bundle = pathToFileURL(path.join(ROOT, "bundle", "clb-consent.js")).href;
  const script = `
    const { run } = await import(${JSON.stringify(bundle)});
    const results = [];
    for (const argv of ${JSON.stringify(argvs)}) {
      let err = "";
      const code = await run(argv, { out: () => {}, err: (line) => { err += line + "\\n"; } });
      results.push({ code, err });
    }
    process.stdout.write(JSON.stringify(results));`;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--input-type=module", "-e", script],
      { cwd, env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout) as { code: number; err: string }[]);
      },
    );
  });
}

describe("the examples of the README and docs/usage.md", () => {
  it("run as written and exit 0", async () => {
    const examples: Example[] = [];
    for (const doc of DOCS)
      examples.push(...examplesOf(doc, await readFile(path.join(ROOT, doc), "utf8")));
    // Every command has an example that runs as written.
    const commands = new Set(examples.map((e) => e.args[0]));
    expect([...commands].sort()).toEqual([
      "batch",
      "generate",
      "proof",
      "schema",
      "validate",
      "web",
    ]);
    // The same line in both documents runs once.
    // `web` serves until Ctrl+C on a fixed port (4173, 8080) that another program on the machine
    // may hold: its examples are not run here; tests/unit/command-web.test.ts starts the server.
    const unique = [...new Map(examples.map((e) => [e.text, e])).values()]
      .filter((e) => e.args[0] !== "web")
      // The installed package's example needs `npm install` of the packed tarball first:
      // tests/interop/pack.test.ts installs it and makes these letters with it.
      .filter((e) => !e.text.includes("node_modules/clb-consent/"))
      .sort((a, b) => ORDER.indexOf(a.args[0] ?? "") - ORDER.indexOf(b.args[0] ?? ""));
    const dir = await tempDir("clb-doc-examples-");
    await cp(PROFILES, path.join(dir, "clb-profiles"), { recursive: true });
    await cp(TEMPLATES, path.join(dir, "templates"), { recursive: true });
    // The own tool's examples come last, once it is set up: its profile names a tool the shipped
    // templates do not have, so the examples before it would refuse it (as they would a user's).
    const own = (e: Example) => e.text.includes("mijn-");
    const main = unique.filter((e) => !own(e));
    const results = await runAll(
      dir,
      main.map((e) => e.args),
    );
    await customTool(dir);
    const ownTool = unique.filter(own);
    expect(ownTool.length).toBe(4);
    results.push(
      ...(await runAll(
        dir,
        ownTool.map((e) => e.args),
      )),
    );
    const ran = [...main, ...ownTool];
    expect(results).toHaveLength(ran.length);
    const failed = ran
      .map((e, i) => ({ example: `${e.doc}:${e.line}: ${e.text}`, ...results[i] }))
      .filter((r) => r.code !== 0);
    expect(failed).toEqual([]);
  }, 300_000); // every example makes its letters: all formats, every centre (see the comment above)
});
