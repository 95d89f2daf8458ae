const MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
] as const;

/** "2026-11-23" -> "23 november 2026". The input is validated YYYY-MM-DD; no clock, no locale. */
export function dutchDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** "a", "a en b", "a, b en c": a Dutch enumeration. */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`;
}
