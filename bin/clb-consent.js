#!/usr/bin/env node
import { run } from "../bundle/clb-consent.js";

// A reader that stops early (`clb-consent proof … | head`) closes the pipe, and the next write
// fails with EPIPE: end quietly, as other command-line tools do, instead of crashing on an
// unhandled 'error' event with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}
process.exitCode = await run(process.argv.slice(2));
