import { describe, expect, it } from "vitest";
import { createTranslator } from "../../src/core/i18n/translator.js";
import { run } from "../../src/node/cli/run.js";

const t = createTranslator("nl");

/** Starts `clb-consent web` in-process, waits for its address, and stops it as Ctrl+C would. */
async function startCli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const exit = run(["web", "--port", "0", ...args], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  for (let i = 0; i < 200 && !out.some((l) => l.includes("http://")); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const url = /http:\/\/\S+\//.exec(out.join("\n"))?.[0];
  return {
    url,
    out,
    err,
    stop: async () => {
      process.emit("SIGINT");
      return exit;
    },
  };
}

describe("clb-consent web", () => {
  it("prints its address on 127.0.0.1, serves the page there and stops on Ctrl+C", async () => {
    const cli = await startCli([]);
    expect(cli.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(cli.out[0]).toBe(t("web.started", { url: cli.url ?? "" }));
    expect(cli.err).toEqual([]);
    const page = await fetch(cli.url ?? "");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(t("web.title"));
    expect(await cli.stop()).toBe(0);
    await expect(fetch(cli.url ?? "")).rejects.toThrow();
  });

  it("warns when it listens on another address", async () => {
    const cli = await startCli(["--host", "127.0.0.2", "--lang", "en"]);
    expect(cli.err.join("\n")).toContain("other computers can reach the page");
    expect(cli.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/$/);
    expect(await cli.stop()).toBe(0);
  });

  it("refuses a port that is not one, with exit code 2", async () => {
    const err: string[] = [];
    const code = await run(["web", "--port", "80000"], { err: (line) => err.push(line) });
    expect(code).toBe(2);
    expect(err.join("\n")).toContain(t("web.badPort", { value: "80000" }));
  });

  it("says so when the port is taken", async () => {
    const first = await startCli([]);
    const port = new URL(first.url ?? "").port;
    const err: string[] = [];
    const code = await run(["web", "--port", port], { err: (line) => err.push(line) });
    expect(code).toBe(1);
    expect(err.join("\n")).toContain(`127.0.0.1:${port}`);
    expect(err.join("\n")).toContain(t("reason.EADDRINUSE"));
    await first.stop();
  });
});
