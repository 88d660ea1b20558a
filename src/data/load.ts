// Fetching the data build's files, with errors a reader can act on.
import { t } from '../i18n/i18n.ts';
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
