import { describe, expect, it } from 'vitest';
import { defaultFilters, vendorCounts, yearCounts } from '../store/filters.ts';
import { TEST_DATA } from '../test-fixtures.ts';
import { vendorBars, yearBars } from './chart-data.ts';

describe('chart data', () => {
  const all = defaultFilters(TEST_DATA.years);
  it('counts deployments per vendor, largest first, with the rest as "others"', () => {
    expect(vendorBars(vendorCounts(TEST_DATA, all), 2)).toEqual([
      { key: 'huawei', value: 4 },
      { key: 'hikvision', value: 1 },
      { key: 'others', value: 2 },
    ]);
  });
  it('counts deployments per year with zero years kept', () => {
    const bars = yearBars(yearCounts(TEST_DATA, all), 2016, 2020);
    expect(bars).toEqual([
      { key: '2016', value: 0 },
      { key: '2017', value: 1 },
      { key: '2018', value: 0 },
      { key: '2019', value: 2 },
      { key: '2020', value: 1 },
    ]);
  });
});
