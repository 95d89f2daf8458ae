/**
 * A character that no font of the PDF renderer has: printed, it would be an empty box, so the
 * letter is not made. Kept apart from the renderer so that catching it loads no fonts.
 */
export class UnprintableCharacterError extends Error {
  readonly character: string;

  constructor(character: string) {
    super(`no font has U+${codePointHex(character)}`);
    this.name = "UnprintableCharacterError";
    this.character = character;
  }
}

/** "U+00E9" without the "U+": four to six upper-case hex digits. */
export function codePointHex(character: string): string {
  return character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
}
