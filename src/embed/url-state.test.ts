import { describe, expect, it } from 'vitest';
import { TEST_DATA } from '../test-fixtures.ts';
import { createAppStore, initialState } from '../store/store.ts';
import { decodeState, encodeState } from './url-state.ts';
import { searchFor } from './url-sync.ts';
import { noFacets } from '../store/facets.ts';

const defaults = initialState(TEST_DATA);

describe('URL state', () => {
  it('round-trips filters, selection and view', () => {
    const state = {
      filters: { ...noFacets(), vendors: ['huawei', 'zte'], from: 2014, to: 2019, bri: 'member' as const },
      selected: 'srb-a',
      country: null,
      view: { lon: 20.465, lat: 44.804, zoom: 5.5 },
    };
    const search = encodeState(state, defaults).toString();
    expect(search).toBe('vendor=huawei%2Czte&from=2014&to=2019&bri=member&select=srb-a&view=20.465%2C44.804%2C5.50');
    expect(decodeState(search, defaults)).toEqual(state);
  });

  it('round-trips every facet, each under its own parameter', () => {
    const state = {
      ...defaults,
      filters: {
        ...defaults.filters,
        origins: ['CHN'], vendors: ['nec'], types: ['facial_recognition', 'safe_city'], terms: ['chinese_loan'], statuses: ['removed'],
      },
    };
    const search = encodeState(state, defaults).toString();
    expect(search).toBe('origin=CHN&vendor=nec&type=facial_recognition%2Csafe_city&terms=chinese_loan&status=removed');
    expect(decodeState(search, defaults)).toEqual(state);
  });

  it('writes nothing for the default state', () => {
    expect(encodeState(defaults, defaults).toString()).toBe('');
  });

  it('keeps parameters that are not state, such as embed', () => {
    expect(searchFor(defaults, defaults, '?embed=1&vendor=zte')).toBe('?embed=1');
  });

  it.each([
    ['from=abc&to=99999', {}],
    ['bri=<script>alert(1)</script>', {}],
    ['select=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', {}],
    ['view=1e9,2,3', {}],
    ['view=NaN,NaN,NaN', {}],
    ['country=srb', {}],
    ['%E0%A4%A', {}],
    [`vendor=${'a'.repeat(5000)}`, {}],
    ['origin=<b>CHN</b>', {}],
    ['type=safe_city%22onmouseover%3D%22alert(1)', {}],
    ['terms=__proto__', {}],
    ['status=constructor,toString', {}],
    ['origin=chn', {}],
  ])('falls back to defaults for malformed %s', (search) => {
    const s = decodeState(search, defaults);
    expect(s.view).toEqual(defaults.view);
    expect(s.selected).toBeNull();
    expect(s.country).toBeNull();
    expect(s.filters.bri).toBe('all');
    const store = createAppStore(TEST_DATA, s);
    expect(store.getState().filters).toEqual(defaults.filters);
  });

  it('keeps only values the data has, for every facet', () => {
    const store = createAppStore(TEST_DATA, decodeState('origin=CHN,XXX&type=safe_city,spy&terms=donation,free&status=removed,gone', defaults));
    expect(store.getState().filters).toEqual({
      ...defaults.filters, origins: ['CHN'], types: ['safe_city'], terms: ['donation'], statuses: ['removed'],
    });
  });

  it('cleans hostile but well-formed values against the data', () => {
    const store = createAppStore(TEST_DATA, decodeState('vendor=huawei,evil,../x&from=2030&to=1999&select=missing', defaults));
    expect(store.getState().filters).toEqual({ ...noFacets(), vendors: ['huawei'], from: 2012, to: 2023, bri: 'all' });
    expect(store.getState().selected).toBeNull();
  });
});
