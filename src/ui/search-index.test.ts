import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/schema.ts';
import { TEST_DATA } from '../test-fixtures.ts';
import { buildSearchIndex, search } from './search-index.ts';

const data: Dataset = {
  ...TEST_DATA,
  countries: [...TEST_DATA.countries, { iso3: 'COL', name: 'Colombia', anchor: [0, 0] }],
  deployments: [
    ...TEST_DATA.deployments,
    { ...TEST_DATA.deployments[0]!, id: 'col-bogota', country: 'COL', place: 'Bogotá', vendors: ['zte'] },
  ],
};
const index = buildSearchIndex(data);

describe('search', () => {
  it('ignores case and accents', () => {
    expect(search(index, 'BOGOTA').map((h) => h.label)).toEqual(['Bogotá, Colombia · ZTE (2017)']);
    expect(search(index, 'bogotá')).toHaveLength(1);
  });
  it('finds countries, vendors and places, countries first', () => {
    const kinds = search(index, 'co').map((h) => h.kind);
    expect(kinds[0]).toBe('country');
    expect(search(index, 'hikv').map((h) => h.kind)).toEqual(['vendor']);
  });
  it('needs two letters and lists only countries with deployments', () => {
    expect(search(index, 'b')).toEqual([]);
    expect(search(index, 'CHN')).toEqual([]);
  });

  it("shows countries in the page's language and finds them by that name, the English name or the ISO code", () => {
    const named = { ...data, countries: data.countries.map((c) => (c.iso3 === 'SRB' ? { ...c, name: 'Serbia' } : c)) };
    const local = buildSearchIndex(named, new Map([['SRB', 'Serbien'], ['COL', 'Kolumbien']]));
    for (const q of ['serbien', 'Serbia', 'SRB', 'srb']) expect(search(local, q)[0], q).toMatchObject({ kind: 'country', label: 'Serbien', iso3: 'SRB' });
    expect(search(local, 'bogota').map((h) => h.label)).toEqual(['Bogotá, Kolumbien · ZTE (2017)']);
    expect(search(local, 'colombia').map((h) => h.kind)).toEqual(['country', 'deployment']);
  });
});
