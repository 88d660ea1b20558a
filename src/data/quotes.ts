// The sources' quotes ship per country, apart from the records: they are the largest part of the
// records' text (a third of dataset.json by data 1.2.0), and a reader sees only those of the
// records they open. One file per country keeps it to one small request per country opened.
import type { Dataset } from './schema.ts';

/** quotes/<ISO3>.json: for each of the country's deployments, its sources' quotes in source order. */
export interface QuoteFile {
  generated: string;
  country: string;
  quotes: Record<string, string[]>;
}

/** Where a country's quotes are served, relative to the data folder. */
export const quotesPath = (iso3: string): string => `quotes/${iso3}.json`;

/**
 * The records without their quotes (each source's `quote` left empty, to be filled from the
 * country's file) and one quote file per country that has a record.
 */
export function splitQuotes(dataset: Dataset): { records: Dataset; files: QuoteFile[] } {
  const byCountry = new Map<string, QuoteFile>();
  const deployments = dataset.deployments.map((d) => {
    let file = byCountry.get(d.country);
    if (!file) byCountry.set(d.country, (file = { generated: dataset.generated, country: d.country, quotes: {} }));
    file.quotes[d.id] = d.sources.map((s) => s.quote);
    return { ...d, sources: d.sources.map((s) => ({ ...s, quote: '' })) };
  });
  const files = [...byCountry.values()].sort((a, b) => a.country.localeCompare(b.country));
  return { records: { ...dataset, deployments }, files };
}

/** Whether `x` is a quote file of this build for `iso3`: a cached file of another build is not. */
export function isQuoteFile(x: unknown, iso3: string, generated: string): x is QuoteFile {
  const f = x as Partial<QuoteFile> | null;
  return !!f && typeof f === 'object' && f.country === iso3 && f.generated === generated
    && !!f.quotes && typeof f.quotes === 'object'
    && Object.values(f.quotes).every((list) => Array.isArray(list) && list.every((q) => typeof q === 'string'));
}
