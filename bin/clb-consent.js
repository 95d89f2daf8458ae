#!/usr/bin/env node
import { run } from "../bundle/clb-consent.js";

process.exitCode = await run(process.argv.slice(2));
