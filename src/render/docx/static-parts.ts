import type { Document as DocxDocument } from "docx";
import type { PartData } from "./make-deterministic.js";

/** The parts of docx's compiler (9.x) that the cache relies on; not public API. */
export interface DocxCompiler {
  compile(file: DocxDocument, prettify: undefined, overrides: []): Map<string, string | Uint8Array>;
  formatter: { format(input: unknown, context: unknown): unknown };
}

/**
 * Parts that are the same in every letter, by the class docx formats them from: the theme, the
 * styles (from our fixed style sheet), settings, empty notes and comments, app properties.
 * Formatting and writing them out was a third of a DOCX letter's time.
 */
const STATIC_PARTS: Readonly<Record<string, string>> = {
  Theme: "word/theme/theme1.xml",
  Styles: "word/styles.xml",
  Settings: "word/settings.xml",
  FootNotes: "word/footnotes.xml",
  Endnotes: "word/endnotes.xml",
  Comments: "word/comments.xml",
  AppProperties: "docProps/app.xml",
  CustomProperties: "docProps/custom.xml",
};

const MARK = "clb:static-";
const cached = new Map<string, string>();
const patched = new WeakSet<DocxCompiler>();
let standIns = false;
let broken = false;

/**
 * Compiles a document into its parts, the static parts taken from the first letter this
 * process compiled: for them docx formats a stand-in element, replaced by the cached XML after.
 * Every stand-in must turn up in its own part and nowhere else; if docx ever formats them
 * differently, the cache is switched off and the letter compiled in full.
 */
export function compileParts(compiler: DocxCompiler, file: DocxDocument): Map<string, PartData> {
  patch(compiler);
  if (broken || cached.size === 0) return remember(compiler.compile(file, undefined, []));
  standIns = true;
  let parts: Map<string, PartData>;
  try {
    parts = compiler.compile(file, undefined, []);
  } finally {
    standIns = false;
  }
  for (const [name, path] of Object.entries(STATIC_PARTS)) {
    const xml = cached.get(path);
    const part = parts.get(path);
    if (xml === undefined || part === undefined) continue;
    if (typeof part !== "string" || !part.includes(`<${MARK}${name}/>`))
      return giveUp(compiler, file);
    parts.set(path, xml);
  }
  for (const part of parts.values()) {
    if (typeof part === "string" && part.includes(`<${MARK}`)) return giveUp(compiler, file);
  }
  return parts;
}

function remember(parts: Map<string, PartData>): Map<string, PartData> {
  if (!broken && cached.size === 0) {
    for (const path of Object.values(STATIC_PARTS)) {
      const part = parts.get(path);
      if (typeof part === "string") cached.set(path, part);
    }
  }
  return parts;
}

function giveUp(compiler: DocxCompiler, file: DocxDocument): Map<string, PartData> {
  broken = true;
  cached.clear();
  return compiler.compile(file, undefined, []);
}

function patch(compiler: DocxCompiler): void {
  if (patched.has(compiler)) return;
  patched.add(compiler);
  const { formatter } = compiler;
  const format = formatter.format.bind(formatter);
  let depth = 0;
  formatter.format = (input, context) => {
    const name = (input as { constructor?: { name?: string } } | null)?.constructor?.name;
    if (
      standIns &&
      depth === 0 &&
      name !== undefined &&
      Object.hasOwn(STATIC_PARTS, name) &&
      cached.has(STATIC_PARTS[name]!)
    ) {
      return { [`${MARK}${name}`]: {} };
    }
    depth += 1;
    try {
      return format(input, context);
    } finally {
      depth -= 1;
    }
  };
}
