import type { BriMembership, Deployment, Source, Vendor } from '../../src/data/schema.ts';
import { truncate, type Column } from './columns.ts';
import type { CsvRow } from './csv.ts';
import type { Problem } from './problems.ts';
import { BRI, DEPLOYMENTS, SOURCES, TABLES, VENDORS, type Table, type TableName } from './tables.ts';

export const FILES = Object.fromEntries(TABLES.map((t) => [t.name, t.file])) as { [K in TableName]: Extract<(typeof TABLES)[number], { name: K }>['file'] };

/** The columns an input file's header must name: those whose column, or also value, is required. */
export const REQUIRED_COLUMNS = Object.fromEntries(
  TABLES.map((t) => [t.name, t.columns.filter((c) => c.need !== 'optional').map((c) => c.name)]),
) as { [K in TableName]: string[] };

/** Every column a file may have: a column the schema does not describe would go out undescribed. */
export const KNOWN_COLUMNS = Object.fromEntries(TABLES.map((t) => [t.name, t.columns.map((c) => c.name)])) as { [K in TableName]: string[] };

/** A deployment before geocoding: where it is, in words, and optionally in coordinates. */
export type UnplacedDeployment = Omit<Deployment, 'lon' | 'lat' | 'geocodedFrom' | 'briAtYear' | 'sources'> & {
  line: number;
  geocodeAs: string;
  override: [number, number] | null;
};

type ValueOf<C> = C extends Column<string, infer T> ? T : never;
/** One row as its table's columns typed it; a wrong or empty cell holds its kind's empty value. */
export type TypedRow<C extends readonly Column[]> = { [K in C[number] as K['name']]: ValueOf<K> };

/** The key values of the tables read so far, which later tables' references must name. */
export type Keys = Map<string, Set<string>>;

/** Reads and checks one row's columns, collecting a problem per wrong field (not only the first). */
export class RowReader<C extends readonly Column[]> {
  readonly values: TypedRow<C>;
  /** The columns whose cell parsed (empty or valid): references and cross-field rules trust only these. */
  private readonly ok = new Set<string>();

  constructor(
    private readonly table: Table<string, C>,
    private readonly row: CsvRow,
    private readonly problems: Problem[],
  ) {
    const values: Record<string, unknown> = {};
    for (const c of table.columns) {
      const raw = row.values[c.name] ?? '';
      values[c.name] = c.kind.empty;
      if (raw === '') {
        if (c.need === 'value') this.problem(c.name, 'is required but empty');
        else this.ok.add(c.name);
        continue;
      }
      const parsed = c.kind.parse(raw);
      if ('problem' in parsed) this.problem(c.name, parsed.problem);
      else {
        values[c.name] = parsed.value;
        this.ok.add(c.name);
      }
    }
    this.values = values as TypedRow<C>;
  }

  get line(): number {
    return this.row.line;
  }

  /** The cell as written, whether or not it parsed. */
  raw(field: C[number]['name']): string {
    return this.row.values[field] ?? '';
  }

  valid(field: C[number]['name']): boolean {
    return this.ok.has(field) && this.raw(field) !== '';
  }

  problem(field: string, message: string): void {
    this.problems.push({ file: this.table.file, line: this.row.line, field, message });
  }
}

/**
 * Reads every row of a table through its column declarations, then checks what no single cell can
 * show: the primary key is unique, and each reference names a key of an earlier table. Adds this
 * table's own single-field key to `keys` for the tables after it.
 */
export function readTable<C extends readonly Column[]>(table: Table<string, C>, rows: CsvRow[], keys: Keys, problems: Problem[]): RowReader<C>[] {
  const seen = new Map<string, number>();
  const own = new Set<string>();
  const readers = rows.map((row) => {
    const r = new RowReader(table, row, problems);
    const key = table.primaryKey.fields.map((f) => r.raw(f));
    if (key.every((v) => v !== '')) {
      const joined = key.join('\u0000');
      const earlier = seen.get(joined);
      if (earlier !== undefined) {
        const { field, message } = table.primaryKey.duplicate(key, earlier);
        r.problem(field, message);
      } else seen.set(joined, r.line);
      if (key.length === 1) own.add(key[0]!);
    }
    for (const c of table.columns) {
      if (!c.references || !r.valid(c.name)) continue;
      const target = keys.get(c.references.table);
      const targetTable = TABLES.find((t) => t.name === c.references!.table);
      if (!target || !targetTable) throw new Error(`internal: ${table.file}.${c.name} refers to a table not read yet`);
      const items = c.separator ? r.raw(c.name).split(c.separator) : [r.raw(c.name)];
      for (const item of items) {
        if (!target.has(item)) r.problem(c.name, `"${truncate(item)}" is not an id in ${targetTable.file}${c.references.hint ?? ''}`);
      }
    }
    return r;
  });
  keys.set(table.name, own);
  return readers;
}

export function readVendors(rows: CsvRow[], keys: Keys, problems: Problem[]): Vendor[] {
  return readTable(VENDORS, rows, keys, problems).map((r) => {
    const v = r.values;
    if (r.valid('entity_list_date') && !v.entity_list_source_url) r.problem('entity_list_source_url', 'an Entity List date needs a source');
    return { id: v.id, name: v.name, hq: v.hq_country_iso3, entityListDate: v.entity_list_date, entityListSource: v.entity_list_source_url };
  });
}

export function readBri(rows: CsvRow[], keys: Keys, problems: Problem[]): BriMembership[] {
  return readTable(BRI, rows, keys, problems).map((r) => {
    const { country_iso3: country, mou_year: mouYear, left_year: leftYear, source_url: sourceUrl, note } = r.values;
    // A membership a source confirms without a year is kept, but never counts for a given year.
    if (mouYear !== null && leftYear !== null && leftYear < mouYear) r.problem('left_year', `${leftYear} is before mou_year ${mouYear}`);
    return { country, mouYear, leftYear, sourceUrl, note };
  });
}

export function readDeployments(rows: CsvRow[], keys: Keys, problems: Problem[]): UnplacedDeployment[] {
  return readTable(DEPLOYMENTS, rows, keys, problems).map((r) => {
    const v = r.values;
    const precision = v.precision ?? (v.place ? 'city' : 'country');
    if (precision !== 'country' && !v.place) r.problem('place', `is required for precision "${precision}"`);
    const vendors = v.vendors ? v.vendors.split(';') : [];
    if (new Set(vendors).size !== vendors.length) r.problem('vendors', 'names a vendor twice');
    if (v.value && r.raw('currency') === '') r.problem('currency', 'a value needs its ISO 4217 currency code, like USD');
    return {
      line: r.line,
      id: v.id,
      country: v.country_iso3,
      place: v.place,
      precision,
      geocodeAs: v.geocode_as,
      override: lonLat(r),
      vendors,
      year: v.year ?? 0,
      yearMeaning: v.year_meaning,
      type: v.type ?? 'other',
      status: v.status,
      cameras: v.cameras,
      value: v.value,
      currency: v.currency,
      financing: v.financing,
      funder: v.funder,
      summary: v.summary,
      confidence: v.confidence,
      confidenceNote: v.confidence_note,
      disagreement: v.disagreement,
    };
  });
}

/** Both coordinates or neither; a wrong one was already reported by its column. */
function lonLat(r: RowReader<(typeof DEPLOYMENTS)['columns']>): [number, number] | null {
  const { lon, lat } = r.values;
  if (lon !== null && lat !== null) return [lon, lat];
  const lonGiven = r.raw('lon') !== '';
  const latGiven = r.raw('lat') !== '';
  if (lonGiven !== latGiven && (lonGiven ? lon !== null : lat !== null)) {
    r.problem(lonGiven ? 'lat' : 'lon', 'lon and lat must both be given, as decimal degrees');
  }
  return null;
}

export function readSources(rows: CsvRow[], keys: Keys, problems: Problem[]): Map<string, Source[]> {
  const byDeployment = new Map<string, Source[]>();
  for (const r of readTable(SOURCES, rows, keys, problems)) {
    const v = r.values;
    // title stays empty where the page showed no headline: we never write one ourselves.
    const source: Source = {
      url: v.url, publisher: v.publisher, published: v.published, title: v.title, language: v.language, note: v.note,
      quote: v.quote, checked: v.checked,
    };
    const list = byDeployment.get(v.deployment_id);
    if (list) list.push(source);
    else byDeployment.set(v.deployment_id, [source]);
  }
  return byDeployment;
}
