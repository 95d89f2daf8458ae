/**
 * Why a file operation failed, as the errno code (`EACCES`, `ENOSPC`...) when there is one:
 * the CLI words known codes in the user's language (see cli/format-error.ts).
 */
export function errnoReason(error: unknown): string {
  return (
    (error as NodeJS.ErrnoException)?.code ??
    (error instanceof Error ? error.message : String(error))
  );
}
