/** A coded term with Chinese and English names, as read from a `code|zh|en` data table. */
export interface NamedCode {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
}

/**
 * Parse a `code|zh|en` table, one row per line, blank lines ignored. Used for the large standard
 * tables kept as text in `*.data.ts` files (compact to review against the printed standard).
 *
 * @param rows - the table text
 * @returns the rows in order
 * @throws Error naming the line when a row has not exactly three fields
 */
export function parseCodeRows(rows: string): NamedCode[] {
  const out: NamedCode[] = [];
  for (const line of rows.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const fields = trimmed.split('|');
    if (fields.length !== 3) throw new Error(`code table row must be code|zh|en: ${trimmed}`);
    out.push({ code: fields[0]!, zh: fields[1]!, en: fields[2]! });
  }
  return out;
}
