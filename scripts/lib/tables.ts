// The four input files, one declaration per column. The validator (validate.ts) reads every cell
// through its column's kind, and datapackage.json's Table Schemas (datapackage.ts) are written from
// the same entries, so the published schema cannot say other than what the build enforces. To add
// a column, add one entry here (and document it in data/README.md).
import {
  CONFIDENCES, DEPLOYMENT_TYPES, FINANCING, PRECISIONS, STATUSES, YEAR_MEANINGS,
} from '../../src/data/schema.ts';
import {
  column, country, currency, date, degrees, httpUrl, id, idList, oneOf, partialDate, range, text, year, type Column,
} from './columns.ts';

export interface Table<N extends string = string, C extends readonly Column[] = readonly Column[]> {
  /** The resource's name in datapackage.json, and the key of the file in the build's input. */
  name: N;
  file: string;
  title: string;
  description: string;
  columns: C;
  primaryKey: {
    fields: readonly C[number]['name'][];
    /** The problem for a row whose key an earlier row already has: on which field, saying what. */
    duplicate: (values: string[], earlierLine: number) => { field: string; message: string };
  };
}

function table<const N extends string, const C extends readonly Column[]>(t: Table<N, C>): Table<N, C> {
  return t;
}

export const VENDORS = table({
  name: 'vendors',
  file: 'vendors.csv',
  title: 'Vendors',
  description: 'The companies named in deployments.csv, with their US Entity List dates.',
  columns: [
    column('id', id, 'value', 'Lowercase id used in deployments.csv.'),
    column('name', text, 'value', 'Display name.'),
    column('hq_country_iso3', country, 'column', 'Headquarters country (ISO 3166-1 alpha-3); empty where unknown.'),
    column('entity_list_date', partialDate, 'optional', 'Date the US Commerce Department added the company to its Entity List.'),
    column('entity_list_source_url', httpUrl, 'optional', 'The page that states the Entity List date; required with a date.'),
    column('entity_list_note', text, 'optional', 'Caveats (ZTE was removed in 2017; CEIEC is on the Treasury list instead).'),
  ],
  primaryKey: { fields: ['id'], duplicate: ([v]) => ({ field: 'id', message: `"${v}" is used by an earlier row` }) },
});

export const BRI = table({
  name: 'bri',
  file: 'bri.csv',
  title: 'Belt and Road Initiative membership',
  description: 'One row per country that signed a BRI memorandum or cooperation document with China.',
  columns: [
    column('country_iso3', country, 'value', 'The signatory (ISO 3166-1 alpha-3).'),
    column('mou_year', year, 'column', 'Year of signing; empty where a source confirms membership but not the year (such a country never counts as a member for a given year).'),
    column('left_year', year, 'column', 'Year the country left (Italy 2023, Panama 2025); it counts as a member up to the year before.'),
    column('source_url', httpUrl, 'value', 'The page that states it.'),
    column('source_publisher', text, 'optional', 'Who published the source.'),
    column('source_title', text, 'optional', "The source's headline."),
    column('source_published', text, 'optional', 'When the source was published, as it says.'),
    column('note', text, 'optional', 'About the source; state media are flagged here.'),
  ],
  primaryKey: { fields: ['country_iso3'], duplicate: ([v]) => ({ field: 'country_iso3', message: `"${v}" is listed by an earlier row` }) },
});

export const DEPLOYMENTS = table({
  name: 'deployments',
  file: 'deployments.csv',
  title: 'Deployments',
  description: 'One row per deployment of surveillance technology: where, which vendors, when, what and on what terms.',
  columns: [
    column('id', id, 'value', 'Stable, human-readable, unique id (srb-belgrade-huawei-safe-city).'),
    column('country_iso3', country, 'value', 'ISO 3166-1 alpha-3 (SRB); Kosovo is XKX.'),
    column('place', text, 'column', 'The city or region as the source names it; empty for country-level records (required for precision city or region).'),
    column('precision', oneOf(PRECISIONS), 'optional', 'city, region or country (default: city when a place is given, else country).'),
    column('geocode_as', text, 'optional', 'The GeoNames name of the city that stands for the place, where the place is not a city GeoNames knows by that name.'),
    column('lon', degrees(180), 'optional', 'Longitude in decimal degrees; with lat, or neither. Overrides geocoding.'),
    column('lat', degrees(90), 'optional', 'Latitude in decimal degrees; with lon, or neither. Overrides geocoding.'),
    column('vendors', idList, 'value', 'Ids from vendors.csv separated by ";" (ceiec;huawei); unspecified_chinese where a source says only "Chinese".', {
      separator: ';',
      references: { table: 'vendors', field: 'id' },
    }),
    column('year', year, 'value', 'The year of the deal or event that year_meaning names.'),
    column('year_meaning', oneOf(YEAR_MEANINGS), 'optional', 'What the year is: contract, donation, announcement, launch (went live), reported (year of the earliest source, when no date of the deal is given).'),
    column('type', oneOf(DEPLOYMENT_TYPES), 'value', 'What was deployed.'),
    column('status', oneOf(STATUSES), 'column', 'Where the deployment stands; empty when unknown.'),
    column('cameras', range({ integer: true }), 'optional', 'Number of cameras, or a range min-max where sources disagree; only where a source states it.'),
    column('value', range({ integer: false }), 'optional', 'The amount as stated (number or range min-max), in currency.'),
    column('currency', currency, 'optional', 'ISO 4217 code of value; required with a value.'),
    column('financing', oneOf(FINANCING), 'optional', 'chinese_loan (lender is a Chinese state bank or the Chinese government), loan (any other, or unnamed, lender), donation, commercial.'),
    column('funder', text, 'optional', 'Who financed it, as stated (China Exim Bank).'),
    column('summary', text, 'optional', 'One or two sentences in our own words.'),
    column('confidence', oneOf(CONFIDENCES), 'optional', 'How firm the record is.'),
    column('confidence_note', text, 'optional', 'What the confidence rests on.'),
    column('disagreement', text, 'optional', 'Where sources disagree: who says what.'),
  ],
  primaryKey: { fields: ['id'], duplicate: ([v], line) => ({ field: 'id', message: `"${v}" is already used on line ${line}` }) },
});

export const SOURCES = table({
  name: 'sources',
  file: 'sources.csv',
  title: 'Sources',
  description: 'One row per source per deployment: the pages each record rests on.',
  columns: [
    column('deployment_id', id, 'value', 'An id from deployments.csv.', { references: { table: 'deployments', field: 'id', hint: ' (orphan source)' } }),
    column('url', httpUrl, 'value', "The page's http(s) address, as we read it."),
    column('publisher', text, 'value', 'Who published the page (Reuters, Golem.de).'),
    column('published', partialDate, 'column', 'YYYY-MM-DD, YYYY-MM or YYYY, as far as the page tells.'),
    column('title', text, 'column', "The page's headline; empty where the page we read did not show it."),
    column('language', text, 'optional', 'ISO 639-1 code of the page (en, de, es).'),
    column('note', text, 'optional', 'Which facts of the record this source states.'),
    column('quote', text, 'value', "The page's own sentence or two that state the record's facts, verbatim, in the page's language (at most about 300 characters; … marks a cut)."),
    column('checked', date, 'value', 'The day the page was read for this record (YYYY-MM-DD).'),
  ],
  primaryKey: { fields: ['deployment_id', 'url'], duplicate: () => ({ field: 'url', message: 'is listed twice for this deployment' }) },
});

/** In the order the build reads them: a table's references point only at tables before it. */
export const TABLES = [VENDORS, BRI, DEPLOYMENTS, SOURCES] as const;
export type TableName = (typeof TABLES)[number]['name'];
