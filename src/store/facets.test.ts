import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages.ts';
import { TEST_DATA } from '../test-fixtures.ts';
import { FACETS, FACET_KEYS, facetContext } from './facets.ts';

describe('the facet declarations', () => {
  it('have one URL parameter and one feature property each', () => {
    expect(new Set(FACETS.map((f) => f.param)).size).toBe(FACETS.length);
    expect(new Set(FACETS.map((f) => f.property)).size).toBe(FACETS.length);
    expect(FACETS.map((f) => f.key)).toEqual([...FACET_KEYS]);
  });

  it('label every value they declare', () => {
    for (const f of FACETS) {
      for (const key of Object.values(f.words)) expect(en, `${f.key}: ${key}`).toHaveProperty([key]);
      if (f.labels.kind !== 'messages') continue;
      for (const v of f.values(TEST_DATA)) expect(en, `${f.key}: ${v}`).toHaveProperty([`${f.labels.prefix}.${v}`]);
    }
  });

  it('give every deployment at least one value of each, and list China first among origins', () => {
    const ctx = facetContext(TEST_DATA);
    for (const f of FACETS) {
      const declared = f.values(TEST_DATA);
      for (const d of TEST_DATA.deployments) {
        const own = f.of(d, ctx);
        expect(own.length, `${f.key} of ${d.id}`).toBeGreaterThan(0);
        for (const v of own) expect(declared, `${f.key} of ${d.id}`).toContain(v);
      }
    }
    expect(FACETS.find((f) => f.key === 'origins')!.values(TEST_DATA)[0]).toBe('CHN');
  });
});
