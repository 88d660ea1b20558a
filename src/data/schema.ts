// The dataset's vocabulary, shared by the data build (scripts/) and the map (src/).
// data/README.md documents the same values for editors; keep the two in step.

export const PRECISIONS = ['city', 'region', 'country'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const YEAR_MEANINGS = ['contract', 'donation', 'announcement', 'launch', 'reported'] as const;
export type YearMeaning = (typeof YEAR_MEANINGS)[number];

export const DEPLOYMENT_TYPES = [
  'safe_city',
  'city_cameras',
  'facial_recognition',
  'smart_policing',
  'biometric_id',
  'border_surveillance',
  'other',
] as const;
export type DeploymentType = (typeof DEPLOYMENT_TYPES)[number];

// 'removed' extends the list: equipment taken out of service after it ran (for example
// Hikvision cameras pulled from government buildings), which neither 'suspended' nor 'cancelled' says.
export const STATUSES = ['announced', 'contracted', 'operational', 'suspended', 'cancelled', 'removed'] as const;
export type Status = (typeof STATUSES)[number];

// 'chinese_loan' is a loan whose lender, as the sources name it (the `funder` column), is a Chinese
// state bank or the Chinese government; 'loan' is any other loan, or one whose lender is not named.
// Readers ask "on what terms" mostly to tell Chinese state credit from the rest.
export const FINANCING = ['chinese_loan', 'loan', 'donation', 'commercial'] as const;
export type Financing = (typeof FINANCING)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Earliest and latest year a deployment or membership may carry. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2030;

/** A camera count or money value as the sources give it: one number, or a range where they disagree. */
export interface Range {
  min: number;
  max: number;
}

export interface Source {
  url: string;
  publisher: string;
  published: string;
  title: string;
  language: string;
  note: string;
  /**
   * The page's own words for the record's facts, verbatim, in the page's language; "" where not yet
   * quoted. Always "" in dataset.json: the quotes ship per country in quotes/<ISO3>.json (quotes.ts).
   */
  quote: string;
  /** When the page was last read for this record (YYYY-MM-DD); "" where not recorded. */
  checked: string;
}

/** One deployment as the map receives it: validated, geocoded, with its sources attached. */
export interface Deployment {
  id: string;
  country: string; // ISO 3166-1 alpha-3
  place: string;
  precision: Precision;
  lon: number;
  lat: number;
  /** Where the point came from: the gazetteer entry, a country anchor, or the row's override. */
  geocodedFrom: string;
  vendors: string[];
  year: number;
  yearMeaning: YearMeaning | null;
  type: DeploymentType;
  status: Status | null;
  cameras: Range | null;
  value: Range | null;
  currency: string;
  financing: Financing | null;
  funder: string;
  summary: string;
  confidence: Confidence | null;
  confidenceNote: string;
  disagreement: string;
  /** Whether the country had a BRI memorandum in force in the deployment's year. */
  briAtYear: boolean;
  sources: Source[];
}

export interface Vendor {
  id: string;
  name: string;
  hq: string; // ISO 3166-1 alpha-3
  entityListDate: string;
  entityListSource: string;
}

export interface BriMembership {
  country: string;
  mouYear: number | null;
  leftYear: number | null;
  sourceUrl: string;
  note: string;
}

export interface Country {
  iso3: string;
  name: string;
  /** A point inside the country's largest polygon, for country-level records and count bubbles. */
  anchor: [number, number];
}

/** What the map, the filters and the counts read of a deployment; texts and sources come later. */
export type MapDeployment = Pick<
  Deployment,
  'id' | 'country' | 'place' | 'precision' | 'lon' | 'lat' | 'vendors' | 'year' | 'briAtYear' | 'cameras' | 'type' | 'status' | 'financing'
>;

/** What membership tests read of a BRI row (the source and note are for the details panel). */
export type BriYears = Pick<BriMembership, 'country' | 'mouYear' | 'leftYear'>;

/**
 * Everything the first map and its filters need, written by the data build as points.json: about
 * a tenth of the full dataset, so the map shows before the records' texts and sources arrive.
 */
export interface MapData {
  generated: string;
  deployments: MapDeployment[];
  vendors: Vendor[];
  bri: BriYears[];
  countries: Country[];
  years: { min: number; max: number };
}

/** Every record with its texts and sources, written by the data build as dataset.json. */
export interface Dataset extends MapData {
  deployments: Deployment[];
  bri: BriMembership[];
}
