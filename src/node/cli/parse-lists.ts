import { ExitCode, UserError } from "../../core/errors/user-error.js";
import { isRealDate } from "../../core/fields/field-types.js";
import { AUDIENCES, type Audience } from "../../core/letter/audience.js";
import {
  DOCUMENT_CHOICES,
  type DocumentChoice,
  isDocumentChoice,
} from "../../core/pipeline/document-spec.js";
import { FORMATS, type Format, isFormat } from "../../core/render/registry.js";

const usage = { exitCode: ExitCode.usage };

function items(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== "");
}

/**
 * `zoom`, `teams,jitsi` or `all`; undefined means "the profile's own tools". The names are
 * checked against the tools.yaml in use (tools/tool-catalog.ts requestedTools), not here.
 */
export function parseTools(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return items(value);
}

export function parseFormats(value: string | undefined, fallback: readonly Format[]): Format[] {
  if (value === undefined) return [...fallback];
  const list = items(value);
  return [
    ...new Set(
      list.map((item) => {
        if (!isFormat(item)) {
          throw new UserError(
            "error.unknownFormat",
            { value: item, choices: FORMATS.join(", ") },
            [],
            usage,
          );
        }
        return item;
      }),
    ),
  ];
}

export function parseDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isRealDate(value)) throw new UserError("error.badDate", { value }, [], usage);
  return value;
}

/** `--audience pupil|parents|all` (default all): whom the letters are written for. */
export function parseAudience(value: string | undefined): Audience[] {
  const choice = (value ?? "all").trim().toLowerCase();
  if (choice === "all") return [...AUDIENCES];
  if ((AUDIENCES as readonly string[]).includes(choice)) return [choice as Audience];
  throw new UserError("cli.audience.invalid", { value: value ?? "" }, [], usage);
}

/** `letters`, `guides` or `letters,guides`; undefined means both. */
export function parseDocuments(value: string | undefined): DocumentChoice[] | undefined {
  if (value === undefined) return undefined;
  return [
    ...new Set(
      items(value).map((item) => {
        if (!isDocumentChoice(item)) {
          throw new UserError(
            "error.unknownDocument",
            { value: item, choices: DOCUMENT_CHOICES.join(", ") },
            [],
            usage,
          );
        }
        return item;
      }),
    ),
  ];
}
