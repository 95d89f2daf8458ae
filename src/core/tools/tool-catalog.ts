import { ExitCode, UserError } from "../errors/user-error.js";
import type { ToolId } from "./tool-ids.js";
import type { Tool, ToolsFile } from "./tool-schema.js";

/** The ids of the tools letters can be made for, in the order of tools.yaml. */
export function toolIds(file: ToolsFile): ToolId[] {
  return Object.keys(file.tools);
}

export function isKnownTool(file: ToolsFile, id: string): boolean {
  return Object.hasOwn(file.tools, id);
}

/**
 * The facts of a tool a profile or option was already checked against; a missing one is a bug
 * (an id that skipped validation), not a user's mistake.
 */
export function toolFacts(file: ToolsFile, id: ToolId): Tool {
  if (!isKnownTool(file, id)) throw new Error(`tool ${id} is not in tools.yaml`);
  return file.tools[id]!;
}

/**
 * The tools a `--tools` option asks for, checked against tools.yaml: `all` is every tool;
 * undefined means each profile's own. A retired or unknown id is wrong usage (exit code 2).
 */
export function requestedTools(
  file: ToolsFile,
  requested: readonly string[] | undefined,
): ToolId[] | undefined {
  if (requested === undefined) return undefined;
  if (requested.includes("all")) return toolIds(file);
  const choices = [...toolIds(file), "all"].join(", ");
  return [
    ...new Set(
      requested.map((id) => {
        if (isKnownTool(file, id)) return id;
        const retired = Object.hasOwn(file.retired, id) ? file.retired[id] : undefined;
        if (retired) {
          throw new UserError(
            "error.retiredTool",
            {
              value: id,
              name: retired.name,
              date: retired.retired,
              noteNl: retired.note.nl,
              noteEn: retired.note.en,
              choices: toolIds(file).join(", "),
            },
            [],
            { exitCode: ExitCode.usage },
          );
        }
        throw new UserError("error.unknownTool", { value: id, choices }, [], {
          exitCode: ExitCode.usage,
        });
      }),
    ),
  ];
}

// One answer per tools.yaml: the profile schema is built once per choices object (load-profile).
const choicesOf = new WeakMap<ToolsFile, ReturnType<typeof makeChoices>>();

/** What a profile's `tools` field accepts: the tools of tools.yaml; retired ones get advice. */
export function toolChoices(file: ToolsFile) {
  let choices = choicesOf.get(file);
  if (choices === undefined) {
    choices = makeChoices(file);
    choicesOf.set(file, choices);
  }
  return choices;
}

function makeChoices(file: ToolsFile) {
  return {
    ids: toolIds(file),
    retired: Object.fromEntries(
      Object.entries(file.retired).map(([id, r]) => [
        id,
        { name: r.name, date: r.retired, noteNl: r.note.nl, noteEn: r.note.en },
      ]),
    ),
  };
}
