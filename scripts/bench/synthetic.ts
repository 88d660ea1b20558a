// Deterministic synthetic datasets for the browser benchmark (npm run bench).
//
// A synthetic dataset has the shape of src/data/schema.ts Dataset and the spread of the real one:
// countries, vendors, years, precision, types, statuses and the number of sources are drawn from
// the real dataset's frequencies (every country of the basemap keeps a small chance, so large sizes
// fill the map the way a growing dataset would); BRI membership is judged from the real BRI list in
// each record's year; city points scatter around real deployment places of the same country.
// Text fields (summary, notes, source titles) have the real records' lengths and are made of words
// drawn from the real texts by frequency, so a record weighs and compresses about like a real one.
import { briIndex, isBriMember } from '../../src/data/bri.ts';
import type { Dataset, Deployment, MapData, Source } from '../../src/data/schema.ts';

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws keys in proportion to their weights (binary search over the cumulative sum). */
export function weighted<T>(entries: readonly (readonly [T, number])[], rand: () => number): () => T {
  const keys = entries.map(([k]) => k);
  const cumulative: number[] = [];
  let sum = 0;
  for (const [, w] of entries) cumulative.push((sum += w));
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return keys[lo]!;
  };
}

function frequencies<T>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/**
 * A dataset of `size` deployments with the spread of `real`. The same (real, size, seed) always
 * gives the same dataset.
 */
export function syntheticDataset(real: Dataset, size: number, seed = 20261122): Dataset {
  const rand = prng(seed ^ size);
  const deps = real.deployments;
  const pickOf = <T>(values: Iterable<T>) => weighted([...frequencies(values)], rand);

  // Countries: real frequencies, plus a floor of 0.5 for every country the map knows.
  const countryWeights = frequencies(deps.map((d) => d.country));
  for (const c of real.countries) countryWeights.set(c.iso3, (countryWeights.get(c.iso3) ?? 0) + 0.5);
  const country = weighted([...countryWeights], rand);
  const vendor = pickOf(deps.flatMap((d) => d.vendors));
  const vendorCount = pickOf(deps.map((d) => d.vendors.length));
  const year = pickOf(deps.map((d) => d.year));
  const template = () => deps[Math.floor(rand() * deps.length)]!;
  const anchors = new Map(real.countries.map((c) => [c.iso3, c.anchor]));
  const places = new Map<string, Deployment[]>();
  for (const d of deps) if (d.precision !== 'country') places.set(d.country, [...(places.get(d.country) ?? []), d]);
  const members = briIndex(real.bri);

  // Words of the real texts, by frequency.
  const texts = deps.flatMap((d) => [d.summary, d.confidenceNote, d.disagreement, ...d.sources.flatMap((s) => [s.title, s.note])]);
  const drawWord = pickOf(texts.flatMap((t) => t.split(/\s+/).filter(Boolean)));
  // 65,536 draws made once, then picked uniformly: the same frequencies, several times faster.
  const wordTable = Array.from({ length: 1 << 16 }, drawWord);
  const word = () => wordTable[Math.floor(rand() * wordTable.length)]!;
  const words = (length: number) => {
    if (length === 0) return '';
    let out = word();
    while (out.length < length) out += ` ${word()}`;
    return out;
  };
  const slug = () => Math.floor(rand() * 36 ** 8).toString(36);

  const deployments: Deployment[] = [];
  for (let i = 0; i < size; i++) {
    const t = template();
    const iso3 = country();
    const y = year();
    const vendors = new Set<string>();
    const nVendors = vendorCount();
    while (vendors.size < nVendors) vendors.add(vendor());
    const candidates = places.get(iso3);
    // Most records name a city where the country has known places; otherwise the country anchor.
    const atPlace = candidates && rand() < 0.65 ? candidates[Math.floor(rand() * candidates.length)]! : null;
    const anchor = anchors.get(iso3) ?? [0, 0];
    const jitter = () => (rand() - 0.5) * 0.6;
    const sources: Source[] = t.sources.map((s) => ({
      url: `${new URL(s.url).origin}/${y}/${slug()}-${slug()}`,
      publisher: s.publisher,
      published: `${y}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`,
      title: words(s.title.length),
      language: s.language,
      note: words(s.note.length),
      // As long as the real quote (empty in dataset.json, whose quotes ship per country), so
      // dataset.json grows as the real one does.
      quote: s.quote ? words(s.quote.length) : '',
      checked: s.checked,
    }));
    deployments.push({
      id: `${iso3.toLowerCase()}-synthetic-${i}`,
      country: iso3,
      place: atPlace ? atPlace.place : '',
      precision: atPlace ? atPlace.precision : 'country',
      lon: atPlace ? round(atPlace.lon + jitter()) : anchor[0],
      lat: atPlace ? round(Math.max(-85, Math.min(85, atPlace.lat + jitter()))) : anchor[1],
      geocodedFrom: atPlace ? atPlace.geocodedFrom : 'country anchor (no city)',
      vendors: [...vendors],
      year: y,
      yearMeaning: t.yearMeaning,
      type: t.type,
      status: t.status,
      cameras: t.cameras,
      value: t.value,
      currency: t.currency,
      financing: t.financing,
      funder: t.funder,
      summary: words(t.summary.length),
      confidence: t.confidence,
      confidenceNote: words(t.confidenceNote.length),
      disagreement: words(t.disagreement.length),
      briAtYear: isBriMember(members.get(iso3), y),
      sources,
    });
  }
  let min = Infinity;
  let max = -Infinity;
  for (const d of deployments) {
    if (d.year < min) min = d.year;
    if (d.year > max) max = d.year;
  }
  return { ...real, generated: new Date(Date.UTC(2026, 10, 22)).toISOString(), deployments, years: { min, max } };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * The dataset (or its points file) as JSON bytes. Written piece by piece: past about 250,000 records the whole text
 * exceeds the longest string a JavaScript engine can hold (2^29 characters in V8).
 */
export function datasetJson(data: MapData): Buffer {
  const { deployments, ...rest } = data;
  const parts: Buffer[] = [Buffer.from('{"deployments":[')];
  let batch: string[] = [];
  for (let i = 0; i < deployments.length; i++) {
    batch.push(JSON.stringify(deployments[i]));
    if (batch.length === 5000 || i === deployments.length - 1) {
      parts.push(Buffer.from((i >= batch.length ? ',' : '') + batch.join(',')));
      batch = [];
    }
  }
  parts.push(Buffer.from(`],${JSON.stringify(rest).slice(1)}`));
  return Buffer.concat(parts);
}
