import { decodeUtf8, type FieldAt } from "./decode-utf8.js";

/**
 * The folder the core reads its inputs from (the templates folder: letter templates, partials,
 * guides, tools.yaml, checklist.yaml), by names relative to it with `/` between folders
 * (`partials/rechten.md.hbs`). The core never joins real paths: the host does, so a folder on
 * disk (io/disk-source.ts), a browser's bundled files and a test's Map (memorySource) look alike
 * to it, and every message still names the file as the user knows it.
 */
export interface InputSource {
  /** How file or folder `name` is named in messages (its real path on disk); `""` is the folder. */
  where(name: string): string;
  /**
   * The bytes of file `name`. Refuses, as a UserError naming `where(name)`, a file that is
   * missing (`error.fileMissing`), larger than `max` bytes (`error.fileTooLarge`, before it is
   * read) or unreadable (`error.fileUnreadable`).
   */
  read(name: string, max: number): Promise<Uint8Array>;
  /** The names of the entries of folder `name`, in no particular order; none if it is missing. */
  list(name: string): Promise<string[]>;
}

/**
 * A text file of the source, checked as every text file is: at most `max` bytes, UTF-8, no
 * control bytes (see decodeUtf8), its byte order mark dropped.
 */
export async function readText(
  source: InputSource,
  name: string,
  max: number,
  fieldAt?: FieldAt,
): Promise<string> {
  return decodeUtf8(source.where(name), await source.read(name, max), fieldAt);
}

/** The part of a source under folder `dir` (`guides`), as a source of its own. */
export function within(source: InputSource, dir: string): InputSource {
  const inner = (name: string) => (name === "" ? dir : `${dir}/${name}`);
  return {
    where: (name) => source.where(inner(name)),
    read: (name, max) => source.read(inner(name), max),
    list: (name) => source.list(inner(name)),
  };
}
