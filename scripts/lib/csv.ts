import { parse } from 'csv-parse/sync';
import type { Problem } from './problems.ts';

export interface CsvRow {
  /** Line of the record's first character, as an editor's spreadsheet or text editor counts. */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  /** The column names, in the file's order (empty when the file cannot be read). */
  header: string[];
  rows: CsvRow[];
  problems: Problem[];
}

/**
 * Parses one CSV file strictly: UTF-8 (a BOM is allowed), comma-separated, a header naming every
 * required column, and the same number of fields on every line. Whatever is wrong is reported as
 * problems with file and line; rows are returned only when the file as a whole is readable. With
 * `known`, a column not in it is a problem too.
 */
export function parseCsv(file: string, bytes: Uint8Array, required: readonly string[], known?: readonly string[]): CsvTable {
  const problems: Problem[] = [];
  const fail = (line: number, message: string, field = ''): CsvTable => ({
    header: [],
    rows: [],
    problems: [...problems, { file, line, field, message }],
  });

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(0, 'is not valid UTF-8 text; save it as "CSV UTF-8"');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail(0, 'is empty; it needs at least a header line');

  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  if (!headerLine.includes(',') && /[;\t]/.test(headerLine)) {
    return fail(1, 'uses ";" or tabs between columns; save it with commas as separators');
  }

  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true }) as never;
  } catch (e) {
    const err = e as { lines?: number; message: string };
    return fail(err.lines ?? 0, `cannot be read as CSV (${err.message.replace(/^Invalid [^:]*: /, '')})`);
  }

  const [head, ...body] = records;
  if (!head) return fail(0, 'is empty; it needs at least a header line');
  const header = head.record.map((h) => h.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) problems.push({ file, line: 1, field: name, message: 'column appears twice in the header' });
    else if (known && !known.includes(name)) problems.push({ file, line: 1, field: name, message: `is not a column of ${file} (data/README.md lists them; check the spelling)` });
    seen.add(name);
  }
  for (const name of required) {
    if (!seen.has(name)) problems.push({ file, line: 1, field: name, message: 'required column is missing from the header' });
  }
  if (problems.length) return { header: [], rows: [], problems };

  const rows: CsvRow[] = [];
  // csv-parse reports the line a record ends on; a quoted field may span lines, so the start is
  // the line after the previous record's end, past any skipped empty lines.
  let prevEnd = head.info.lines;
  let prevEmpty = head.info.empty_lines;
  for (const { record, info } of body) {
    const line = prevEnd + 1 + (info.empty_lines - prevEmpty);
    prevEnd = info.lines;
    prevEmpty = info.empty_lines;
    if (record.length !== header.length) {
      problems.push({
        file,
        line,
        field: '',
        message: `has ${record.length} fields but the header has ${header.length}; check for an unquoted comma`,
      });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => (values[name] = (record[i] ?? '').trim()));
    rows.push({ line, values });
  }
  return { header, rows, problems };
}
