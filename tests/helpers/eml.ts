import { readFile } from "node:fs/promises";
import path from "node:path";
import PostalMime from "postal-mime";
import type { LoadedProfile } from "../../src/core/profile/load-profile.js";
import type { ToolId } from "../../src/core/tools/tool-ids.js";
import { generateCentre } from "../../src/node/io/index.js";
import { loadProfile } from "../../src/node/io/load-profile.js";
import { PROFILES } from "./cli.js";
import { EXAMPLE_IDS } from "./letters.js";

export interface ExampleEmail {
  readonly loaded: LoadedProfile;
  readonly tool: ToolId;
  readonly eml: Buffer;
  readonly pdf: Buffer;
  readonly file: string;
}

/** Every example centre's e-mails and PDF letters, generated into `out` and read back. */
export async function exampleEmails(out: string): Promise<ExampleEmail[]> {
  const emails: ExampleEmail[] = [];
  for (const id of EXAMPLE_IDS) {
    const profileFile = path.join(PROFILES, `${id}.yaml`);
    const loaded = await loadProfile(profileFile);
    const written = await generateCentre(profileFile, { formats: ["pdf", "eml"], outDir: out });
    for (const tool of loaded.profile.tools) {
      const file = written.find((w) => w.tool === tool && w.format === "eml")!.file;
      const pdf = written.find((w) => w.tool === tool && w.format === "pdf")!.file;
      emails.push({ loaded, tool, file, eml: await readFile(file), pdf: await readFile(pdf) });
    }
  }
  return emails;
}

export function parseEml(data: Uint8Array) {
  return PostalMime.parse(data, { attachmentEncoding: "arraybuffer" });
}

/** The raw header lines of a message (unfolded), before the first empty line. */
export function rawHeaders(data: Uint8Array): string[] {
  const text = Buffer.from(data).toString("latin1");
  const head = text.slice(0, text.indexOf("\r\n\r\n"));
  return head.replace(/\r\n[ \t]/g, " ").split("\r\n");
}
