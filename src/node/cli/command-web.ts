import type { Command } from "commander";
import { ExitCode, UserError } from "../../core/errors/user-error.js";
import { isLanguage, type Language } from "../../core/i18n/translator.js";
import type { CliContext } from "./cli-context.js";

interface WebFlags {
  port: string;
  host: string;
  lang?: string;
}

const DEFAULT_HOST = "127.0.0.1";
const DEFAULT_PORT = "4173";

/** How long the command waits: until Ctrl+C (or a test's stand-in for it). */
export type StopSignal = () => Promise<void>;

const untilInterrupted: StopSignal = () =>
  new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });

export function addWebCommand(
  program: Command,
  ctx: CliContext,
  waitForStop: StopSignal = untilInterrupted,
): void {
  program
    .command("web")
    .description(ctx.t("cli.web.description"))
    .option("--port <port>", ctx.t("cli.opt.port"), DEFAULT_PORT)
    .option("--host <host>", ctx.t("cli.opt.host"), DEFAULT_HOST)
    .action(async (flags: WebFlags) => {
      const port = Number(flags.port);
      if (!/^\d{1,5}$/.test(flags.port) || port > 65535) {
        throw new UserError("web.badPort", { value: flags.port }, [], { exitCode: ExitCode.usage });
      }
      const lang: Language = flags.lang && isLanguage(flags.lang) ? flags.lang : "nl";
      // Another address lets other computers in: said out loud, never silently.
      if (flags.host !== DEFAULT_HOST)
        ctx.err(`${ctx.t("warning.prefix")}: ${ctx.t("web.hostWarning", { host: flags.host })}`);
      const { startWebServer } = await import("../web/start-web-server.js");
      const server = await startWebServer({ host: flags.host, port, lang });
      ctx.out(ctx.t("web.started", { url: server.url }));
      await waitForStop();
      await server.close();
    });
}
