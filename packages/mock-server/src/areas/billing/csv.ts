/**
 * CSV as RFC 4180 says: CRLF between records, a field quoted when it holds a comma, a quote or
 * a line break, and quotes inside doubled. Text that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`; numbers,
 * negative ones too (`-36.00`), are written as they are.
 */
export type CsvCell = string | number;

const FORMULA = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

export function csvCell(value: CsvCell): string {
  if (typeof value === 'number') return String(value);
  const safe = FORMULA.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole document: a header row, then the rows, each record ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
