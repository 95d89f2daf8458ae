/**
 * Characters that show nothing but change what a reader sees, refused in every text a user
 * edits (profile, tools.yaml, checklist.yaml): an invisible one splits or hides a word, a
 * direction control reverses or moves the text after it ("CLB \u202EgurB eD" prints as
 * "CLB De Brug" in one program and as its reverse in another).
 *
 * Not refused: U+200C ZERO WIDTH NON-JOINER and U+200D ZERO WIDTH JOINER. They are part of
 * correct text: Persian writes "می‌خواهم" with a non-joiner, Indic scripts use both to choose a
 * letter's form, and every family or skin-tone emoji is a sequence held together by joiners.
 * Arabic and Hebrew names need no direction control at all: the letters' renderers lay them
 * out right to left by their letters alone.
 */

export type InvisibleKind = "invisible" | "direction";

export interface InvisibleCharacter {
  /** The Unicode name, as character tables and editors show it. */
  readonly name: string;
  readonly kind: InvisibleKind;
}

const REFUSED: ReadonlyMap<number, InvisibleCharacter> = new Map([
  [0x200b, { name: "ZERO WIDTH SPACE", kind: "invisible" }],
  [0x2060, { name: "WORD JOINER", kind: "invisible" }],
  [0x2061, { name: "FUNCTION APPLICATION", kind: "invisible" }],
  [0x2062, { name: "INVISIBLE TIMES", kind: "invisible" }],
  [0x2063, { name: "INVISIBLE SEPARATOR", kind: "invisible" }],
  [0x2064, { name: "INVISIBLE PLUS", kind: "invisible" }],
  // Its Unicode name is ZERO WIDTH NO-BREAK SPACE; inside a text it is nearly always a byte
  // order mark that came along when two files were pasted together.
  [0xfeff, { name: "BYTE ORDER MARK", kind: "invisible" }],
  [0x061c, { name: "ARABIC LETTER MARK", kind: "direction" }],
  [0x200e, { name: "LEFT-TO-RIGHT MARK", kind: "direction" }],
  [0x200f, { name: "RIGHT-TO-LEFT MARK", kind: "direction" }],
  [0x202a, { name: "LEFT-TO-RIGHT EMBEDDING", kind: "direction" }],
  [0x202b, { name: "RIGHT-TO-LEFT EMBEDDING", kind: "direction" }],
  [0x202c, { name: "POP DIRECTIONAL FORMATTING", kind: "direction" }],
  [0x202d, { name: "LEFT-TO-RIGHT OVERRIDE", kind: "direction" }],
  [0x202e, { name: "RIGHT-TO-LEFT OVERRIDE", kind: "direction" }],
  [0x2066, { name: "LEFT-TO-RIGHT ISOLATE", kind: "direction" }],
  [0x2067, { name: "RIGHT-TO-LEFT ISOLATE", kind: "direction" }],
  [0x2068, { name: "FIRST STRONG ISOLATE", kind: "direction" }],
  [0x2069, { name: "POP DIRECTIONAL ISOLATE", kind: "direction" }],
]);

/** One regular expression for all of them, built from the table so the two never disagree. */
const REFUSED_PATTERN = new RegExp(
  `[${[...REFUSED.keys()].map((code) => `\\u{${code.toString(16)}}`).join("")}]`,
  "gu",
);

/** U+00AD SOFT HYPHEN: invisible too, but harmless to drop (it only allows a line break). */
export const SOFT_HYPHEN = "\u00AD";

/** `U+202E`: how the messages name a code point. */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** A refused character found in a text: its index (in UTF-16 units), its name and kind. */
export interface FoundInvisible extends InvisibleCharacter {
  readonly index: number;
  readonly char: string;
  readonly code: string;
}

/** Every refused character of `text`, in order; linear in the text's length. */
export function findInvisible(text: string): FoundInvisible[] {
  const found: FoundInvisible[] = [];
  for (const match of text.matchAll(REFUSED_PATTERN)) {
    const char = match[0];
    const known = REFUSED.get(char.codePointAt(0) ?? 0);
    if (known) found.push({ ...known, index: match.index, char, code: codePoint(char) });
  }
  return found;
}

/** The first refused character of `text`, if any. */
export function firstInvisible(text: string): FoundInvisible | undefined {
  REFUSED_PATTERN.lastIndex = 0;
  const match = REFUSED_PATTERN.exec(text);
  REFUSED_PATTERN.lastIndex = 0;
  if (!match) return undefined;
  const char = match[0];
  const known = REFUSED.get(char.codePointAt(0) ?? 0);
  return known && { ...known, index: match.index, char, code: codePoint(char) };
}

/** The text without its soft hyphens. */
export function withoutSoftHyphens(text: string): string {
  return text.includes(SOFT_HYPHEN) ? text.replaceAll(SOFT_HYPHEN, "") : text;
}
