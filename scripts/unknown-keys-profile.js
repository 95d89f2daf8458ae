// node scripts/unknown-keys-profile.js 20000 > veel-velden.yaml
// A valid example profile followed by `count` unknown keys (`x0: 1`, ...): 20,000 make about
// 190 KB, under the profile's 256 KB limit. Issue 27 measured 11.7 s for such a file, because
// each key was looked up in a list; the bench (scripts/bench.js) and a unit test use this file.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const example = fileURLToPath(new URL("../clb-profiles/clb-minimaal.yaml", import.meta.url));

/** The profile's text with `count` unknown keys after it. */
export function unknownKeysProfile(count) {
  const keys = Array.from({ length: count }, (_, i) => `x${i}: 1\n`);
  return `${readFileSync(example, "utf8")}${keys.join("")}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(unknownKeysProfile(Number(process.argv[2] ?? 20000)));
}
