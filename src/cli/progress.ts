import cliProgress from "cli-progress";
import type { BatchProgress } from "../batch/run-batch.js";
import type { CliContext } from "./cli-context.js";

/** A progress bar on a terminal; elsewhere (CI, a log file) one plain line per centre. */
export function createProgress(ctx: CliContext): {
  update: (p: BatchProgress) => void;
  stop: () => void;
} {
  if (!process.stderr.isTTY) {
    return { update: (p) => ctx.out(ctx.t("batch.progress", { ...p })), stop: () => {} };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: "{bar} {value}/{total} {centre}",
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
        bar.start(p.total, 0, { centre: "" });
        started = true;
      }
      bar.update(p.done, { centre: p.centre });
    },
    stop: () => {
      if (started) bar.stop();
      started = false;
    },
  };
}
