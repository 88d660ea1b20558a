// The versioned data release the build writes beside the map's data (public/data/release.json),
// read by the downloads and About panels to link the zip with its version and date.

export interface Release {
  /** From the top entry of data/CHANGELOG.md: 1.0.0 */
  version: string;
  /** YYYY-MM-DD, from the same entry. */
  date: string;
  /** What the entry says changed. */
  title: string;
  /** The zip's file name in the data folder: sightlines-1.0.0.zip */
  file: string;
  bytes: number;
}

export function looksLikeRelease(x: unknown): x is Release {
  const r = x as Partial<Release> | null;
  return !!r && typeof r === 'object'
    && typeof r.version === 'string' && /^\d+\.\d+\.\d+$/.test(r.version)
    && typeof r.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.date)
    && typeof r.title === 'string'
    && typeof r.file === 'string' && /^sightlines-[\d.]+\.zip$/.test(r.file)
    && Number.isInteger(r.bytes);
}
