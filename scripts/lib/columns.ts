// What a column may hold, said once: each kind parses a cell for the validator and describes
// itself as a Table Schema field for datapackage.json, from the same pattern, list or bounds. A
// kind that accepted more or less than its field says would make the package lie about the data.
import { MAX_YEAR, MIN_YEAR } from '../../src/data/schema.ts';
import { isCountryCode } from './countries.ts';

/** The type and constraints of a Table Schema field (v1), less `required`, which the column adds. */
export interface FieldType {
  type: 'string' | 'integer' | 'number' | 'year' | 'date';
  format?: 'uri';
  constraints?: { enum?: readonly string[]; pattern?: string; minimum?: number; maximum?: number };
}

/** Parses one non-empty cell: its value, or why it is wrong (the message after "field: "). */
export type Parse<T> = (raw: string) => { value: T } | { problem: string };

export interface Kind<T> {
  field: FieldType;
  parse: Parse<T>;
  /** The value of an empty cell. */
  empty: T;
}

/**
 * How much of a column an input file must give: `value` (the header names it and every row fills
 * it), `column` (the header names it; a cell may be empty), or `optional` (neither).
 */
export type Need = 'value' | 'column' | 'optional';

/** A reference from this column's values (each item, for a list) to another table's key. */
export interface Reference {
  table: string;
  field: string;
  /** Added to the problem, as in 'is not an id in deployments.csv (orphan source)'. */
  hint?: string;
}

export interface Column<N extends string = string, T = unknown> {
  name: N;
  kind: Kind<T>;
  need: Need;
  /** For readers of datapackage.json and data/README.md: what the column holds. */
  description: string;
  /** Items separated by this character, each checked by `references`. */
  separator?: string;
  references?: Reference;
}

export function column<N extends string, T>(name: N, kind: Kind<T>, need: Need, description: string, extra: Pick<Column, 'separator' | 'references'> = {}): Column<N, T> {
  return { name, kind, need, description, ...extra };
}

export function truncate(s: string, n = 80): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/** A kind whose cells must match a regular expression, given as the Table Schema pattern. */
function matching(pattern: string, problem: (v: string) => string): Kind<string> {
  const re = new RegExp(`^(?:${pattern})$`, 'u');
  return {
    field: { type: 'string', constraints: { pattern } },
    parse: (v) => (re.test(v) ? { value: v } : { problem: problem(v) }),
    empty: '',
  };
}

/** Any text, kept as it is. */
export const text: Kind<string> = { field: { type: 'string' }, parse: (v) => ({ value: v }), empty: '' };

const ID_PATTERN = '[a-z0-9][a-z0-9_-]*';

/** A stable id: lowercase letters, digits, "-" and "_". */
export const id = matching(ID_PATTERN, (v) => `"${truncate(v)}" may hold only lowercase letters, digits, "-" and "_"`);

/** Ids separated by ";", each checked against its table by the column's `references`. */
export const idList = matching(`${ID_PATTERN}(;${ID_PATTERN})*`, (v) => `"${truncate(v)}" is not a list of ids separated by ";" (lowercase letters, digits, "-" and "_")`);

export function oneOf<T extends string>(allowed: readonly T[]): Kind<T | null> {
  return {
    field: { type: 'string', constraints: { enum: allowed } },
    parse: (v) => ((allowed as readonly string[]).includes(v) ? { value: v as T } : { problem: `"${truncate(v)}" is not one of: ${allowed.join(', ')}` }),
    empty: null,
  };
}

/** A year the dataset may carry: four digits, MIN_YEAR to MAX_YEAR. */
export const year: Kind<number | null> = {
  field: { type: 'year', constraints: { minimum: MIN_YEAR, maximum: MAX_YEAR } },
  parse: (v) => {
    const n = Number(v);
    return /^\d{4}$/.test(v) && n >= MIN_YEAR && n <= MAX_YEAR ? { value: n } : { problem: `"${truncate(v)}" is not a year between ${MIN_YEAR} and ${MAX_YEAR}` };
  },
  empty: null,
};

/** A non-negative number, or a range "min-max" where sources disagree. */
export function range({ integer }: { integer: boolean }): Kind<{ min: number; max: number } | null> {
  // Plain groups only in patterns: Table Schema readers use XML Schema or Python regular expressions.
  const num = integer ? '\\d+' : '\\d+(\\.\\d+)?';
  const pattern = `${num}(-${num})?`;
  const re = new RegExp(`^(?:${pattern})$`);
  return {
    field: { type: 'string', constraints: { pattern } },
    parse: (v) => {
      if (!re.test(v)) return { problem: `"${truncate(v)}" is not a ${integer ? 'whole number' : 'number'} or a range like 1000-1200 (no thousands separators or spaces)` };
      const [low, high] = v.split('-');
      const min = Number(low);
      const max = high === undefined ? min : Number(high);
      return max < min ? { problem: `range "${v}" runs backwards` } : { value: { min, max } };
    },
    empty: null,
  };
}

/** ISO 3166-1 alpha-3; the validator also checks that the code exists (XKX for Kosovo). */
export const country: Kind<string> = {
  field: { type: 'string', constraints: { pattern: '[A-Z]{3}' } },
  parse: (v) => (isCountryCode(v) ? { value: v } : { problem: `"${truncate(v)}" is not an ISO 3166-1 alpha-3 country code` }),
  empty: '',
};

/** An ISO 4217 currency code. */
export const currency = matching('[A-Z]{3}', (v) => `"${truncate(v)}" is not an ISO 4217 currency code like USD`);

export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

/** An http(s) address: never javascript: or data:, since it becomes a link on the page. */
export const httpUrl: Kind<string> = {
  field: { type: 'string', format: 'uri', constraints: { pattern: 'https?://.+' } },
  parse: (v) => (/^https?:\/\/./.test(v) && isHttpUrl(v) ? { value: v } : { problem: `"${truncate(v)}" is not an http(s) URL` }),
  empty: '',
};

function isCalendarDate(y: string, mo?: string, d?: string): boolean {
  if (Number(y) < MIN_YEAR || Number(y) > MAX_YEAR) return false;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d === undefined) return true;
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.getUTCDate() === Number(d);
}

/** A date as far as a page tells it: YYYY-MM-DD, YYYY-MM or YYYY. */
export const partialDate: Kind<string> = {
  field: { type: 'string', constraints: { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' } },
  parse: (v) => {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
    return m && isCalendarDate(m[1]!, m[2], m[3]) ? { value: v } : { problem: `"${truncate(v)}" is not a date like 2019-07-08, 2019-07 or 2019` };
  },
  empty: '',
};

/** A full calendar date, YYYY-MM-DD (Table Schema's date in its default format). */
export const date: Kind<string> = {
  field: { type: 'date' },
  parse: (v) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    return m && isCalendarDate(m[1]!, m[2], m[3]) ? { value: v } : { problem: `"${truncate(v)}" is not a date like 2019-07-08` };
  },
  empty: '',
};

/** Decimal degrees within ±limit (180 for lon, 90 for lat); the pair rule lives with the table. */
export function degrees(limit: 90 | 180): Kind<number | null> {
  return {
    field: { type: 'number', constraints: { minimum: -limit, maximum: limit } },
    parse: (v) => {
      const n = Number(v);
      return /^-?\d+(?:\.\d+)?$/.test(v) && Math.abs(n) <= limit ? { value: n } : { problem: `lon and lat must both be given, as decimal degrees (-${limit} to ${limit})` };
    },
    empty: null,
  };
}
