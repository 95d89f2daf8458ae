/**
 * Text as it may reach a terminal. What the CLI prints can quote a file (a field's name, a
 * value, a YAML error), and a file can hold escape sequences that recolour, clear or retitle
 * the terminal, or a direction control that reverses the rest of the line. Each such character
 * is shown as <U+001B> instead: visible, and harmless. Line breaks and tabs stay, since the
 * messages themselves are made of lines.
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function terminalText(text: string): string {
  return text.replace(
    UNSAFE,
    (char) => `<U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`,
  );
}
