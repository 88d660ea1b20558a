// Fetching the data build's files, with errors a reader can act on.
import { t } from '../i18n/i18n.ts';
import { isQuoteFile, quotesPath, type QuoteFile } from './quotes.ts';
import type { Dataset, MapData } from './schema.ts';

/**
 * Fetches and parses a JSON file. Errors end up in front of readers: each names the file and what
 * is wrong with it, instead of the browser's bare "Unexpected token" or "Cannot read properties
 * of undefined".
 */
export async function fetchJson<T>(url: string, check: (x: unknown) => boolean = () => true): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new Error(t('error.unreachable', { url }));
  }
  if (!res.ok) throw new Error(t('error.http', { url, status: String(res.status) }));
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new Error(t('error.json', { url }));
  }
  if (!check(json)) throw new Error(t('error.format', { url }));
  return json as T;
}

/** Just enough of points.json's shape that the panels can start; the build guarantees the rest. */
export function looksLikeMapData(x: unknown): boolean {
  const d = x as Partial<MapData> | null;
  return !!d && typeof d === 'object' && typeof d.generated === 'string'
    && [d.deployments, d.vendors, d.bri, d.countries].every(Array.isArray)
    && Number.isInteger(d.years?.min) && Number.isInteger(d.years?.max);
}

/**
 * The full dataset for the map already drawn from `points`: the same build (a host or cache could
 * serve one file newer than the other, and the records would then not match the dots).
 */
export async function fetchRecords(url: string, points: MapData): Promise<Dataset> {
  const full = await fetchJson<Dataset>(url, looksLikeMapData);
  if (full.generated !== points.generated || full.deployments.length !== points.deployments.length) {
    throw new Error(t('error.stale', { url }));
  }
  return full;
}

/**
 * Each country's quotes, fetched once when a reader first opens one of its records (the same
 * build as the records, as `fetchRecords` checks). A failed fetch is forgotten, so opening the
 * record again retries it.
 */
export function quoteLoader(base: string, generated: string): (iso3: string) => Promise<QuoteFile> {
  const cache = new Map<string, Promise<QuoteFile>>();
  return (iso3) => {
    let file = cache.get(iso3);
    if (!file) {
      const url = `${base}${quotesPath(iso3)}`;
      file = fetchJson<QuoteFile>(url, (x) => isQuoteFile(x, iso3, generated));
      file.catch(() => cache.delete(iso3));
      cache.set(iso3, file);
    }
    return file;
  };
}
