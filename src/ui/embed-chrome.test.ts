import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/i18n.ts';
import { activeFilterItems, fullMapUrl } from './embed-chrome.ts';
import { noFacets } from '../store/facets.ts';
import { facetLabeler } from './facet-labels.ts';

describe('fullMapUrl', () => {
  it('drops embed and childId and keeps the state and the hash', () => {
    const url = new URL(fullMapUrl('https://maps.example.org/s/?vendor=huawei&embed=1&bri=member&childId=map-2&view=1.000,2.000,3.00#k'));
    expect([...url.searchParams.keys()]).toEqual(['vendor', 'bri', 'view']);
    expect(url.searchParams.get('vendor')).toBe('huawei');
    expect(url.hash).toBe('#k');
  });

  it("drops what pym.js's Parent adds to the frame's address", () => {
    const url = new URL(fullMapUrl('https://maps.example.org/s/?bri=member&embed=1&initialWidth=640&childId=m&parentTitle=Story&parentUrl=https%3A%2F%2Fnews.example%2Fa'));
    expect([...url.searchParams.keys()]).toEqual(['bri']);
  });

  it('leaves a bare address bare', () => {
    expect(fullMapUrl('https://maps.example.org/s/?embed=1')).toBe('https://maps.example.org/s/');
  });
});

describe('activeFilterItems', () => {
  const vendor = (id: string, name: string, hq: string) => ({ id, name, hq, entityListDate: '', entityListSource: '' });
  const data = {
    vendors: [vendor('huawei', 'Huawei', 'CHN'), vendor('zte', 'ZTE', 'CHN'), vendor('dahua', 'Dahua Technology', 'CHN'), vendor('hikvision', 'Hikvision', 'CHN'), vendor('nec', 'NEC', 'JPN')],
    countries: [{ iso3: 'CHN', name: 'China', anchor: [0, 0] as [number, number] }, { iso3: 'JPN', name: 'Japan', anchor: [0, 0] as [number, number] }],
  };
  const names = facetLabeler(data);

  it('describes the default filters', () => {
    expect(activeFilterItems({ ...noFacets(), vendors: [], from: 2002, to: 2026, bri: 'all' }, names)).toEqual([
      ['Vendor', 'All'],
      ['Years', '2002–2026'],
      ['Countries', 'All countries'],
    ]);
  });

  it('names up to three vendors and counts the rest', () => {
    expect(activeFilterItems({ ...noFacets(), vendors: ['huawei'], from: 2010, to: 2010, bri: 'member' }, names)).toEqual([
      ['Vendor', 'Huawei'],
      ['Year', '2010'],
      ['Countries', 'BRI members'],
    ]);
    expect(activeFilterItems({ ...noFacets(), vendors: ['huawei', 'zte', 'unknown'], from: 2002, to: 2026, bri: 'non-member' }, names)[0]).toEqual([
      'Vendors',
      'Huawei, ZTE, unknown',
    ]);
    expect(activeFilterItems({ ...noFacets(), vendors: ['dahua', 'hikvision', 'huawei', 'zte'], from: 2002, to: 2026, bri: 'all' }, names)[0]).toEqual([
      'Vendors',
      'Dahua Technology, Hikvision and 2 more',
    ]);
  });

  it('names the other facets only when something is chosen in them, in the panel order', () => {
    const f = { ...noFacets(), origins: ['CHN'], types: ['facial_recognition'], terms: ['chinese_loan', 'donation'], statuses: ['removed'], from: 2002, to: 2026, bri: 'all' as const };
    expect(activeFilterItems(f, names)).toEqual([
      ['Vendor country', 'China'],
      ['Vendor', 'All'],
      ['Years', '2002–2026'],
      ['Countries', 'All countries'],
      ['Technology', 'facial recognition'],
      ['Terms', 'Chinese loan, donation'],
      ['Status', 'removed'],
    ]);
  });

  describe('in German', () => {
    afterEach(() => {
      setLanguage('en');
    });
    it('labels the filters in the page\'s language', () => {
      setLanguage('de');
      expect(activeFilterItems({ ...noFacets(), vendors: [], from: 2002, to: 2026, bri: 'member' }, names)).toEqual([
        ['Anbieter', 'Alle'],
        ['Jahre', '2002–2026'],
        ['Länder', 'Mitglieder der Neuen Seidenstraße'],
      ]);
      expect(activeFilterItems({ ...noFacets(), vendors: ['dahua', 'hikvision', 'huawei', 'zte'], from: 2010, to: 2010, bri: 'all' }, names)[0]).toEqual([
        'Anbieter',
        'Dahua Technology, Hikvision und 2 weitere',
      ]);
    });
  });

  describe('in Portuguese and French', () => {
    afterEach(() => {
      setLanguage('en');
    });
    it('labels the filters in the page\'s language', () => {
      setLanguage('pt');
      expect(activeFilterItems({ ...noFacets(), vendors: [], from: 2002, to: 2026, bri: 'member' }, names)).toEqual([
        ['Fornecedor', 'Todos'],
        ['Anos', '2002–2026'],
        ['Países', 'Membros da Nova Rota da Seda'],
      ]);
      setLanguage('fr');
      const f = { ...noFacets(), vendors: ['dahua', 'hikvision', 'huawei', 'zte'], types: ['safe_city'], terms: ['chinese_loan'], from: 2010, to: 2010, bri: 'non-member' as const };
      expect(activeFilterItems(f, names)).toEqual([
        ['Fournisseurs', 'Dahua Technology, Hikvision et 2 autres'],
        ['Année', '2010'],
        ['Pays', 'Non-membres'],
        ['Technologie', 'ville sûre'],
        ['Conditions', 'prêt chinois'],
      ]);
    });
  });
});
