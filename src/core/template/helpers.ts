import type { HelperOptions } from "handlebars";
import { dutchDate, dutchList } from "./dutch-date.js";
import { escapeMarkdown, unescapeMarkdown } from "./markdown-escape.js";

/** Thrown by a helper given a value it cannot use; carries the helper's position. */
export class HelperArgumentError extends Error {
  constructor(
    readonly helper: string,
    readonly detail: string,
    readonly loc: { line: number; column: number } | undefined,
  ) {
    super(`${helper}: ${detail}`);
    this.name = "HelperArgumentError";
  }
}

type Helper = (...args: unknown[]) => string;

function where(options: HelperOptions): { line: number; column: number } | undefined {
  const loc = (options as HelperOptions & { loc?: { start: { line: number; column: number } } })
    .loc;
  return loc ? { line: loc.start.line, column: loc.start.column + 1 } : undefined;
}

function split(args: unknown[]): { params: unknown[]; options: HelperOptions } {
  return { params: args.slice(0, -1), options: args.at(-1) as HelperOptions };
}

function requireString(name: string, value: unknown, options: HelperOptions, what: string): string {
  if (typeof value !== "string" || value === "") {
    throw new HelperArgumentError(name, `${what} ontbreekt of is leeg`, where(options));
  }
  return value;
}

// CommonMark autolinks (spec 6.5): `<https://...>` and `<naam@domein.be>` read as plain text in
// an e-mail, unlike `[https://...](<https://...>)`. They take no backslash escapes, so only a
// value that needs none becomes one.
const AUTOLINK_URI = /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\\\p{Cc}]*$/u;
const AUTOLINK_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** A link destination between `<` and `>`: only those two and the backslash need escaping. */
const destination = (raw: string) => raw.replace(/[\\<>]/g, "\\$&");

/**
 * Helpers known to every template. Values arrive Markdown-escaped (see markdown-escape.ts);
 * literal strings written in a template are Markdown on purpose and are left alone.
 */
export const HELPERS: Record<string, Helper> = {
  /** {{link url}} or {{link url "tekst"}}: a Markdown link; the URL is shown when no text is given. */
  link(...args) {
    const { params, options } = split(args);
    const url = requireString("link", params[0], options, "het webadres");
    const raw = unescapeMarkdown(url);
    if (params[1] === undefined && AUTOLINK_URI.test(raw)) return `<${raw}>`;
    const label =
      params[1] === undefined ? url : requireString("link", params[1], options, "de linktekst");
    return `[${label}](<${destination(raw)}>)`;
  },
  /** {{mail address}}: a mailto link that shows the address. */
  mail(...args) {
    const { params, options } = split(args);
    const address = requireString("mail", params[0], options, "het e-mailadres");
    const raw = unescapeMarkdown(address);
    if (AUTOLINK_EMAIL.test(raw)) return `<${raw}>`;
    return `[${address}](<mailto:${destination(raw)}>)`;
  },
  /** {{datum "2026-11-23"}} -> 23 november 2026 */
  datum(...args) {
    const { params, options } = split(args);
    const iso = unescapeMarkdown(requireString("datum", params[0], options, "de datum"));
    try {
      return escapeMarkdown(dutchDate(iso));
    } catch {
      throw new HelperArgumentError("datum", `“${iso}” is geen datum JJJJ-MM-DD`, where(options));
    }
  },
  /**
   * {{#is tool.role "processor"}}…{{else}}…{{/is}}: the block when a fact has this value. Tool
   * facts are `true`, `false`, `unknown` or a word; `{{#if}}` cannot tell `true` from `unknown`.
   */
  is(this: unknown, ...args) {
    const { params, options } = split(args);
    const [value, expected] = params;
    // Values arrive Markdown-escaped (see markdown-escape.ts); compare what the data says.
    const actual = typeof value === "string" ? unescapeMarkdown(value) : value;
    return actual === expected ? options.fn(this) : options.inverse(this);
  },
  /** {{opsomming list}} -> "a, b en c" */
  opsomming(...args) {
    const { params, options } = split(args);
    const list = params[0];
    if (!Array.isArray(list) || list.some((item) => typeof item !== "string")) {
      throw new HelperArgumentError("opsomming", "verwacht een lijst van teksten", where(options));
    }
    return dutchList(list as string[]);
  },
};

/**
 * Handlebars' own helpers that a template may use. `log` is left out (the core prints
 * nothing) and so is `lookup`: a letter needs no computed names, and `lookup` is the usual
 * road to tricks such as `(lookup this "constructor")`.
 */
export const BUILTIN_HELPERS = ["if", "unless", "each", "with"] as const;

export const KNOWN_HELPERS: ReadonlySet<string> = new Set([
  ...BUILTIN_HELPERS,
  ...Object.keys(HELPERS),
]);
