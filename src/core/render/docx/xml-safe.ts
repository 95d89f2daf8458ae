// Characters XML 1.0 cannot hold at all (Word then refuses the file): C0 controls except tab,
// newline and carriage return, U+FFFE/U+FFFF, and lone surrogates. Profiles already refuse
// control characters; this is the last guard for text from templates.
// biome-ignore lint/complexity/useRegexLiterals: a literal would hold raw control characters
const NOT_XML = new RegExp(
  "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]",
  "g",
);

/** Text that can go into a Word run: no XML-invalid characters, no literal line breaks. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "").replace(/[\r\n\t]+/g, " ");
}
