import type { Dataset, Deployment } from './schema.ts';

export const LICENCE = 'Sightlines dataset, CC BY 4.0. Facts belong to the publishers linked in each record. Places: GeoNames (CC BY 4.0).';

const COLUMNS = [
  'id', 'country_iso3', 'country', 'place', 'precision', 'lon', 'lat', 'vendors', 'year', 'year_meaning', 'type', 'status',
  'cameras_min', 'cameras_max', 'value_min', 'value_max', 'currency', 'financing', 'funder', 'bri_member_at_year',
  'summary', 'confidence', 'confidence_note', 'disagreement', 'source_urls', 'source_titles',
  // Added after the first release, at the end so that scripts reading columns by position still work.
  'vendor_hq_iso3',
] as const;

/** Each vendor's home country, in the order of the deployment's vendors ("" where not recorded). */
const vendorHq = (vendors: readonly string[], hq: ReadonlyMap<string, string>) => vendors.map((v) => hq.get(v) ?? '');

/**
 * One CSV cell. Spreadsheet programs run a cell that starts with = + - @ as a formula, so such text
 * gets a leading apostrophe: a record's text can never become code in a reader's spreadsheet.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function deploymentsCsv(list: readonly Deployment[], data: Pick<Dataset, 'countries' | 'vendors'>): string {
  const countryName = new Map(data.countries.map((c) => [c.iso3, c.name]));
  const hq = new Map(data.vendors.map((v) => [v.id, v.hq]));
  const rows = list.map((d) => [
    d.id, d.country, countryName.get(d.country) ?? d.country, d.place, d.precision, d.lon, d.lat, d.vendors.join(';'), d.year,
    d.yearMeaning, d.type, d.status, d.cameras?.min, d.cameras?.max, d.value?.min, d.value?.max, d.currency, d.financing, d.funder,
    d.briAtYear, d.summary, d.confidence, d.confidenceNote, d.disagreement, d.sources.map((s) => s.url).join(' | '),
    d.sources.map((s) => s.title).join(' | '), vendorHq(d.vendors, hq).join(';'),
  ].map(csvCell).join(','));
  return `${COLUMNS.join(',')}\r\n${rows.map((r) => `${r}\r\n`).join('')}`;
}

export function deploymentsGeoJson(list: readonly Deployment[], data: Pick<Dataset, 'vendors'>): string {
  const hq = new Map(data.vendors.map((v) => [v.id, v.hq]));
  return JSON.stringify({
    type: 'FeatureCollection',
    license: LICENCE,
    features: list.map(({ lon, lat, ...properties }) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { ...properties, vendorHq: vendorHq(properties.vendors, hq) },
    })),
  });
}
