import { describe, expect, it } from 'vitest';
import { facetContext } from '../store/facets.ts';
import { TEST_DATA } from '../test-fixtures.ts';
import { groupByOriginAndTerms } from './country-groups.ts';

describe("a country profile's groups", () => {
  const base = TEST_DATA.deployments[0]!;
  const list = [
    { ...base, id: 'nec-bought', vendors: ['nec'], financing: 'commercial' as const },
    { ...base, id: 'huawei-loan', vendors: ['huawei'], financing: 'chinese_loan' as const },
    { ...base, id: 'nec-bought-2', vendors: ['nec'], financing: 'commercial' as const },
    { ...base, id: 'both', vendors: ['nec', 'huawei'], financing: null },
    { ...base, id: 'huawei-loan-2', vendors: ['zte'], financing: 'chinese_loan' as const },
  ];
  const groups = groupByOriginAndTerms(list, facetContext(TEST_DATA));

  it('puts each deployment in exactly one group of vendor origin and terms', () => {
    expect(groups.flatMap((g) => g.list.map((d) => d.id)).sort()).toEqual(list.map((d) => d.id).sort());
    expect(groups.map((g) => [g.origins.join('+'), g.terms, g.list.map((d) => d.id)])).toEqual([
      ['CHN', 'chinese_loan', ['huawei-loan', 'huawei-loan-2']],
      ['JPN+CHN', 'not_stated', ['both']],
      ['JPN', 'commercial', ['nec-bought', 'nec-bought-2']],
    ]);
  });
});
