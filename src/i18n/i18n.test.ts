import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator, formatNumber, language, pickLanguage, setLanguage, supported, t, term, withLanguage } from './i18n.ts';

afterEach(() => {
  setLanguage('en');
});

describe('pickLanguage', () => {
  it('lets lang= in the URL win over the browser', () => {
    expect(pickLanguage('?lang=de', ['en-US', 'en'])).toBe('de');
    expect(pickLanguage('?vendor=zte&lang=es&bri=member', ['de-DE'])).toBe('es');
    expect(pickLanguage('?lang=en', ['de-DE', 'de'])).toBe('en');
    expect(pickLanguage('?lang=pt', ['fr-FR'])).toBe('pt');
    expect(pickLanguage('?lang=fr&embed=1', ['pt-BR', 'en'])).toBe('fr');
  });

  it('accepts a region or another case in the URL, by primary subtag', () => {
    expect(pickLanguage('?lang=DE', [])).toBe('de');
    expect(pickLanguage('?lang=es-419', [])).toBe('es');
    expect(pickLanguage('?lang=de_AT', [])).toBe('de');
    expect(pickLanguage('?lang=pt-BR', [])).toBe('pt');
    expect(pickLanguage('?lang=FR-be', [])).toBe('fr');
  });

  it("falls back to the first of the browser's languages that is ours, by primary subtag", () => {
    expect(pickLanguage('', ['de-DE', 'de', 'en'])).toBe('de');
    expect(pickLanguage('', ['it-IT', 'nl', 'es-MX', 'de'])).toBe('es');
    expect(pickLanguage('', ['pt-BR', 'pt', 'en'])).toBe('pt');
    expect(pickLanguage('', ['pt-PT'])).toBe('pt');
    expect(pickLanguage('', ['fr-CA', 'en-CA'])).toBe('fr');
    expect(pickLanguage('', ['zh-CN', 'fr-FR', 'de'])).toBe('fr');
    expect(pickLanguage('?embed=1', ['de-CH'])).toBe('de');
    expect(pickLanguage('', ['en-US', 'de'])).toBe('en');
  });

  it('falls back to English when nothing matches', () => {
    expect(pickLanguage('', [])).toBe('en');
    expect(pickLanguage('', ['it-IT', 'zh-CN'])).toBe('en');
    expect(pickLanguage('', undefined)).toBe('en');
    expect(pickLanguage('', null)).toBe('en');
  });

  it.each([
    '?lang=<script>alert(1)</script>',
    '?lang=%3Cscript%3E',
    '?lang=it',
    '?lang=por',
    '?lang=fra',
    '?lang=',
    '?lang=deu',
    '?lang=de%00',
    '?lang=__proto__',
    '?lang=constructor',
    '?lang=de-' + 'x'.repeat(100),
    '?lang=de;es',
    '?lang=%E0%A4%A',
  ])('passes over a hostile or unknown lang (%s) silently', (search) => {
    expect(() => pickLanguage(search, ['en-US'])).not.toThrow();
    expect(pickLanguage(search, ['en-US'])).toBe('en');
    // ... to the browser's language, as if there were no lang= at all
    expect(pickLanguage(search.slice(0, 200), ['es-ES'])).toBe('es');
  });

  it('passes over an absurdly long query string', () => {
    expect(pickLanguage(`?lang=de&x=${'a'.repeat(30_000)}`, ['es'])).toBe('es');
  });

  it('ignores hostile browser language tags', () => {
    expect(pickLanguage('', ['<de>', 'x'.repeat(500), '', 'es'])).toBe('es');
    expect(supported(42)).toBeNull();
  });

  it('reads the first lang= when there are several', () => {
    expect(pickLanguage('?lang=de&lang=es', [])).toBe('de');
  });
});

describe('t', () => {
  it('fills {name} placeholders, formats numbers, and leaves unknown placeholders alone', () => {
    expect(t('error.http', { url: './data/dataset.json', status: '404' })).toBe('./data/dataset.json answered HTTP 404');
    expect(t('legend.bri', {})).toBe('Belt and Road member in {year}');
    expect(t('table.captionLimited', { count: 12_345, limit: 1000 })).toBe('12,345 deployments match the filters; the first 1,000 are listed.');
  });

  it('does not read placeholders in the text a parameter brings in', () => {
    expect(t('timeline.entityList', { vendors: '{vendors} {count} <b>' })).toBe('US Entity List adds {vendors} {count} <b>');
  });

  it('chooses plural forms with Intl.PluralRules for the language', () => {
    expect(t('summary.deployments', { count: 1 })).toBe('1 deployment');
    expect(t('summary.deployments', { count: 0 })).toBe('0 deployments');
    expect(t('summary.deployments', { count: 2 })).toBe('2 deployments');
    setLanguage('de');
    expect(t('summary.inCountries', { count: 1 })).toBe('in 1 Land');
    expect(t('summary.inCountries', { count: 3 })).toBe('in 3 Ländern');
    expect(t('summary.deployments', { count: 1200 })).toBe('1.200 Projekte');
    setLanguage('es');
    expect(t('summary.inCountries', { count: 1 })).toBe('en 1 país');
    expect(t('summary.inCountries', { count: 0 })).toBe('en 0 países');
    // Spanish has a "many" form for millions; a message without one uses "other".
    expect(t('summary.deployments', { count: 1_000_000 })).toBe('1.000.000 proyectos');
  });

  it('chooses Portuguese plurals as Brazil writes whole numbers: 0 and 2 plural, 1 singular, "de" after round millions', () => {
    setLanguage('pt');
    expect(t('summary.deployments', { count: 0 })).toBe('0 projetos');
    expect(t('summary.deployments', { count: 1 })).toBe('1 projeto');
    expect(t('summary.deployments', { count: 2 })).toBe('2 projetos');
    expect(t('summary.deployments', { count: 1200 })).toBe('1.200 projetos');
    expect(t('summary.deployments', { count: 2_000_000 })).toBe('2.000.000 de projetos');
    expect(t('summary.inCountries', { count: 1 })).toBe('em 1 país');
    expect(t('summary.inCountries', { count: 57 })).toBe('em 57 países');
  });

  it('chooses French plurals: 0 and 1 singular, as French writes them', () => {
    setLanguage('fr');
    expect(t('summary.deployments', { count: 0 })).toBe('0 projet');
    expect(t('summary.deployments', { count: 1 })).toBe('1 projet');
    expect(t('summary.deployments', { count: 2 })).toBe('2 projets');
    // French groups thousands with a narrow no-break space.
    expect(t('summary.deployments', { count: 1200 })).toBe('1\u202f200 projets');
    expect(t('summary.deployments', { count: 1_000_000 })).toBe('1\u202f000\u202f000 de projets');
    expect(t('details.sources', { count: 1 })).toBe('Source');
    expect(t('details.sources', { count: 3 })).toBe('Sources (3)');
  });

  it('uses "other" where there is no count', () => {
    expect(t('details.sources')).toBe('Sources ({count})');
  });

  it('formats numbers and dates for the language', () => {
    expect(formatNumber(1200)).toBe('1,200');
    const de = createTranslator('de');
    expect(de.number(1200)).toBe('1.200');
    expect(de.date('2019-05-16')).toBe('16. Mai 2019');
    expect(de.date('2019-05')).toBe('Mai 2019');
    const es = createTranslator('es');
    expect(es.date('2019-10-09')).toBe('9 de octubre de 2019');
    const pt = createTranslator('pt');
    expect(pt.locale).toBe('pt-BR');
    expect(pt.number(12_345)).toBe('12.345');
    expect(pt.date('2019-05-16')).toBe('16 de maio de 2019');
    expect(pt.date('2019-10')).toBe('outubro de 2019');
    const fr = createTranslator('fr');
    expect(fr.number(12_345)).toBe('12\u202f345');
    expect(fr.date('2019-05-16')).toBe('16 mai 2019');
    expect(fr.date('2020-06')).toBe('juin 2020');
    expect(fr.compare('école', 'etat')).toBeLessThan(0);
    expect(fr.compare('Égypte', 'Espagne')).toBeLessThan(0);
    expect(createTranslator('en').date('2019-05-16')).toBe('16 May 2019');
  });

  it('shows what the data says for dates it cannot read', () => {
    const de = createTranslator('de');
    for (const s of ['2019', '2019-02-30', '16/05/2019', '', '<b>2019-05-16</b>']) expect(de.date(s)).toBe(s);
  });

  it('names the vocabulary in the language, and unknown values as the data writes them', () => {
    expect(term('type', 'safe_city')).toBe('safe city');
    setLanguage('de');
    expect(language()).toBe('de');
    expect(term('status', 'operational')).toBe('in Betrieb');
    expect(term('type', 'drone_fleet')).toBe('drone fleet');
    expect(term('type', 'toString')).toBe('toString');
    expect(term('status', '__proto__')).toBe('  proto  ');
    setLanguage('pt');
    expect(term('type', 'facial_recognition')).toBe('reconhecimento facial');
    setLanguage('fr');
    expect(term('financing', 'chinese_loan')).toBe("prêt d'un bailleur chinois");
    expect(term('type', 'drone_fleet')).toBe('drone fleet');
  });
});

describe('withLanguage', () => {
  it('sets lang= and keeps the rest of the address', () => {
    const url = new URL(withLanguage('https://maps.example.org/s/?vendor=huawei&lang=en&view=1.000,2.000,3.00#x', 'de'));
    expect(url.searchParams.get('vendor')).toBe('huawei');
    expect(url.searchParams.getAll('lang')).toEqual(['de']);
    expect(url.searchParams.get('view')).toBe('1.000,2.000,3.00');
    expect(url.hash).toBe('#x');
  });
});
