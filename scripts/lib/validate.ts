import {
  CONFIDENCES, DEPLOYMENT_TYPES, FINANCING, MAX_YEAR, MIN_YEAR, PRECISIONS, STATUSES, YEAR_MEANINGS,
  type BriMembership, type Deployment, type Range, type Source, type Vendor,
} from '../../src/data/schema.ts';
import type { CsvRow } from './csv.ts';
import { isCountryCode } from './countries.ts';
import type { Problem } from './problems.ts';

export const FILES = {
  deployments: 'deployments.csv',
  sources: 'sources.csv',
  vendors: 'vendors.csv',
  bri: 'bri.csv',
} as const;

export const REQUIRED_COLUMNS = {
  deployments: ['id', 'country_iso3', 'place', 'vendors', 'year', 'type', 'status'],
  sources: ['deployment_id', 'url', 'publisher', 'published', 'title'],
  vendors: ['id', 'name', 'hq_country_iso3'],
  bri: ['country_iso3', 'mou_year', 'left_year', 'source_url'],
} as const;

/** A deployment before geocoding: where it is, in words, and optionally in coordinates. */
export type UnplacedDeployment = Omit<Deployment, 'lon' | 'lat' | 'geocodedFrom' | 'briAtYear' | 'sources'> & {
  line: number;
  geocodeAs: string;
  override: [number, number] | null;
};

/**
 * Reads typed fields out of one CSV row, collecting a problem for each field that is wrong instead
 * of stopping at the first, so an editor sees everything to fix in one run.
 */
class RowReader {
  constructor(
    private readonly file: string,
    private readonly row: CsvRow,
    private readonly problems: Problem[],
  ) {}

  problem(field: string, message: string): void {
    this.problems.push({ file: this.file, line: this.row.line, field, message });
  }

  text(field: string, { required = false } = {}): string {
    const v = this.row.values[field] ?? '';
    if (required && v === '') this.problem(field, 'is required but empty');
    return v;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], { required = false } = {}): T | null {
    const v = this.text(field, { required });
    if (v === '') return null;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    this.problem(field, `"${v}" is not one of: ${allowed.join(', ')}`);
    return null;
  }

  year(field: string, { required = false } = {}): number | null {
    const v = this.text(field, { required });
    if (v === '') return null;
    const n = Number(v);
    if (!/^\d{4}$/.test(v) || n < MIN_YEAR || n > MAX_YEAR) {
      this.problem(field, `"${v}" is not a year between ${MIN_YEAR} and ${MAX_YEAR}`);
      return null;
    }
    return n;
  }

  /** A non-negative number, or a range "min-max" where sources disagree. */
  range(field: string, { integer = false } = {}): Range | null {
    const v = this.text(field).replace(/[\s_]/g, '');
    if (v === '') return null;
    const num = integer ? '\\d+' : '\\d+(?:\\.\\d+)?';
    const m = new RegExp(`^(${num})(?:-(${num}))?$`).exec(v);
    if (!m) {
      this.problem(field, `"${v}" is not a ${integer ? 'whole number' : 'number'} or a range like 1000-1200 (no thousands separators)`);
      return null;
    }
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : Number(m[2]);
    if (max < min) {
      this.problem(field, `range "${v}" runs backwards`);
      return null;
    }
    return { min, max };
  }

  country(field: string, { required = true } = {}): string {
    const v = this.text(field, { required });
    if (v !== '' && !isCountryCode(v)) this.problem(field, `"${v}" is not an ISO 3166-1 alpha-3 country code`);
    return v;
  }

  httpUrl(field: string, { required = false } = {}): string {
    const v = this.text(field, { required });
    if (v === '') return v;
    if (!isHttpUrl(v)) this.problem(field, `"${truncate(v)}" is not an http(s) URL`);
    return v;
  }
}

export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

function truncate(s: string, n = 80): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isPartialDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d !== undefined) {
    const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d)) return false;
  }
  return Number(y) >= MIN_YEAR && Number(y) <= MAX_YEAR;
}

export function readVendors(rows: CsvRow[], problems: Problem[]): Vendor[] {
  const seen = new Set<string>();
  const vendors: Vendor[] = [];
  for (const row of rows) {
    const r = new RowReader(FILES.vendors, row, problems);
    const id = r.text('id', { required: true });
    if (id && !ID.test(id)) r.problem('id', `"${id}" may hold only lowercase letters, digits, "-" and "_"`);
    if (seen.has(id)) r.problem('id', `"${id}" is used by an earlier row`);
    seen.add(id);
    const entityListDate = r.text('entity_list_date');
    if (entityListDate && !isPartialDate(entityListDate)) r.problem('entity_list_date', `"${entityListDate}" is not a date like 2019-10-09`);
    const entityListSource = r.httpUrl('entity_list_source_url');
    if (entityListDate && !entityListSource) r.problem('entity_list_source_url', 'an Entity List date needs a source');
    vendors.push({
      id,
      name: r.text('name', { required: true }),
      hq: r.country('hq_country_iso3', { required: false }),
      entityListDate,
      entityListSource,
    });
  }
  return vendors;
}

export function readBri(rows: CsvRow[], problems: Problem[]): BriMembership[] {
  const seen = new Set<string>();
  const out: BriMembership[] = [];
  for (const row of rows) {
    const r = new RowReader(FILES.bri, row, problems);
    const country = r.country('country_iso3');
    if (seen.has(country)) r.problem('country_iso3', `"${country}" is listed by an earlier row`);
    seen.add(country);
    // A membership a source confirms without a year is kept, but never counts for a given year.
    const mouYear = r.year('mou_year');
    const leftYear = r.year('left_year');
    if (mouYear !== null && leftYear !== null && leftYear < mouYear) r.problem('left_year', `${leftYear} is before mou_year ${mouYear}`);
    out.push({ country, mouYear, leftYear, sourceUrl: r.httpUrl('source_url', { required: true }), note: r.text('note') });
  }
  return out;
}

export function readDeployments(rows: CsvRow[], vendorIds: ReadonlySet<string>, problems: Problem[]): UnplacedDeployment[] {
  const seen = new Map<string, number>();
  const out: UnplacedDeployment[] = [];
  for (const row of rows) {
    const r = new RowReader(FILES.deployments, row, problems);
    const id = r.text('id', { required: true });
    if (id && !ID.test(id)) r.problem('id', `"${truncate(id)}" may hold only lowercase letters, digits, "-" and "_"`);
    const earlier = seen.get(id);
    if (id && earlier !== undefined) r.problem('id', `"${id}" is already used on line ${earlier}`);
    seen.set(id, row.line);

    const place = r.text('place');
    const precision = r.oneOf('precision', PRECISIONS) ?? (place ? 'city' : 'country');
    if (precision !== 'country' && !place) r.problem('place', `is required for precision "${precision}"`);

    const vendorList = r.text('vendors', { required: true }).split(';').map((v) => v.trim()).filter(Boolean);
    for (const v of vendorList) {
      if (!vendorIds.has(v)) r.problem('vendors', `"${truncate(v)}" is not an id in ${FILES.vendors}`);
    }
    if (new Set(vendorList).size !== vendorList.length) r.problem('vendors', 'names a vendor twice');

    const value = r.range('value');
    const currency = r.text('currency');
    if (value && !/^[A-Z]{3}$/.test(currency)) r.problem('currency', 'a value needs its ISO 4217 currency code, like USD');

    out.push({
      line: row.line,
      id,
      country: r.country('country_iso3'),
      place,
      precision,
      geocodeAs: r.text('geocode_as'),
      override: readLonLat(r),
      vendors: vendorList,
      year: r.year('year', { required: true }) ?? 0,
      yearMeaning: r.oneOf('year_meaning', YEAR_MEANINGS),
      type: r.oneOf('type', DEPLOYMENT_TYPES, { required: true }) ?? 'other',
      status: r.oneOf('status', STATUSES),
      cameras: r.range('cameras', { integer: true }),
      value,
      currency,
      financing: r.oneOf('financing', FINANCING),
      funder: r.text('funder'),
      summary: r.text('summary'),
      confidence: r.oneOf('confidence', CONFIDENCES),
      confidenceNote: r.text('confidence_note'),
      disagreement: r.text('disagreement'),
    });
  }
  return out;
}

function readLonLat(r: RowReader): [number, number] | null {
  const lon = r.text('lon');
  const lat = r.text('lat');
  if (lon === '' && lat === '') return null;
  const x = Number(lon);
  const y = Number(lat);
  if (lon === '' || lat === '' || !Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 180 || Math.abs(y) > 90) {
    r.problem(lon === '' || !Number.isFinite(x) || Math.abs(x) > 180 ? 'lon' : 'lat', 'lon and lat must both be given, as decimal degrees');
    return null;
  }
  return [x, y];
}

export function readSources(rows: CsvRow[], deploymentIds: ReadonlySet<string>, problems: Problem[]): Map<string, Source[]> {
  const byDeployment = new Map<string, Source[]>();
  const seen = new Set<string>();
  for (const row of rows) {
    const r = new RowReader(FILES.sources, row, problems);
    const deploymentId = r.text('deployment_id', { required: true });
    if (deploymentId && !deploymentIds.has(deploymentId)) {
      r.problem('deployment_id', `"${truncate(deploymentId)}" is not an id in ${FILES.deployments} (orphan source)`);
    }
    const url = r.httpUrl('url', { required: true });
    const key = `${deploymentId} ${url}`;
    if (url && seen.has(key)) r.problem('url', 'is listed twice for this deployment');
    seen.add(key);
    const published = r.text('published');
    if (published && !isPartialDate(published)) r.problem('published', `"${truncate(published)}" is not a date like 2019-07-08, 2019-07 or 2019`);
    const source: Source = {
      url,
      publisher: r.text('publisher', { required: true }),
      published,
      // Empty where the page showed no headline: we never write one ourselves.
      title: r.text('title'),
      language: r.text('language'),
      note: r.text('note'),
      quote: r.text('quote'),
      checked: r.text('checked'),
    };
    if (source.checked && !/^\d{4}-\d{2}-\d{2}$/.test(source.checked)) r.problem('checked', `"${truncate(source.checked)}" is not a date like 2026-12-04`);
    if (source.quote && !source.checked) r.problem('checked', 'is required with a quote: the date the page was read');
    const list = byDeployment.get(deploymentId);
    if (list) list.push(source);
    else byDeployment.set(deploymentId, [source]);
  }
  return byDeployment;
}
