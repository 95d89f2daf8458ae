import type { BatchProgress } from "../batch/run-batch.js";
import type { CliContext } from "./cli-context.js";

/** A progress bar on a terminal; elsewhere (CI, a log file) one plain line per centre. */
export async function createProgress(ctx: CliContext): Promise<{
  update: (p: BatchProgress) => void;
  stop: () => void;
}> {
  if (!process.stderr.isTTY) {
    return { update: (p) => ctx.out(ctx.t("batch.progress", { ...p })), stop: () => {} };
  }
  const { default: cliProgress } = await import("cli-progress");
  const bar = new cliProgress.SingleBar(
    {
      format: `{bar} ${ctx.t("batch.progressBar")}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (p) => {
      if (!started) {
        bar.start(p.total, 0, { centre: "", letters: 0 });
        started = true;
      }
      bar.update(p.done, { centre: p.centre, letters: p.letters });
    },
    stop: () => {
      if (started) bar.stop();
      started = false;
    },
  };
}
