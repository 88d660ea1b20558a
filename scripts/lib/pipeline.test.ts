import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext, readInput } from '../build-data.ts';
import { buildDataset, type BuildContext, type InputFiles } from './pipeline.ts';
import { DataError, formatProblem } from './problems.ts';

const GOOD = join(import.meta.dirname, '../../tests/fixtures/good');
let ctx: BuildContext;
let good: InputFiles;

beforeAll(() => {
  const c = loadContext();
  ctx = { gazetteer: c.gazetteer, countries: c.countries, now: () => new Date('2026-01-01T00:00:00Z') };
  good = readInput(GOOD);
});

const text = (name: string) => readFileSync(join(GOOD, name), 'utf8');
const bytes = (s: string) => new TextEncoder().encode(s);

/** Build with one file replaced, and return the problems as "file:line: field: message" lines. */
function problemsWith(patch: Partial<Record<keyof InputFiles, string | Uint8Array | undefined>>): string[] {
  const files = { ...good };
  for (const [k, v] of Object.entries(patch)) files[k as keyof InputFiles] = typeof v === 'string' ? bytes(v) : v;
  try {
    buildDataset(files, ctx);
  } catch (e) {
    if (e instanceof DataError) return e.problems.map(formatProblem);
    throw e;
  }
  return [];
}

describe('the data build on good input', () => {
  it('turns every deployment row into exactly one located deployment with its sources', () => {
    const data = buildDataset(good, ctx);
    expect(data.deployments.map((d) => d.id)).toEqual(['srb-belgrade-alpha', 'arg-jujuy-alpha', 'ita-country-beta', 'deu-custom-beta']);
    const belgrade = data.deployments[0]!;
    expect(belgrade.lon).toBeCloseTo(20.465, 2);
    expect(belgrade.lat).toBeCloseTo(44.804, 2);
    expect(belgrade.geocodedFrom).toMatch(/GeoNames: Belgrade \(PPLC/);
    expect(belgrade.cameras).toEqual({ min: 1000, max: 1200 });
    expect(belgrade.sources.map((s) => s.url)).toEqual(['https://example.org/a', 'https://example.org/b']);
    expect(belgrade.summary).toBe('Fixture: cameras in Belgrade, with a comma.');
  });

  it('places a region at the city named in geocode_as, a country record at the country anchor, and honours lon/lat', () => {
    const data = buildDataset(good, ctx);
    const [, jujuy, italy, custom] = data.deployments;
    expect(jujuy!.geocodedFrom).toMatch(/San Salvador de Jujuy/);
    expect(italy!.geocodedFrom).toBe('country anchor (no city)');
    expect(italy!.lon).toBe(data.countries.find((c) => c.iso3 === 'ITA')!.anchor[0]);
    expect([custom!.lon, custom!.lat]).toEqual([7.1, 50.7]);
  });

  it('judges BRI membership in the deployment year', () => {
    const data = buildDataset(good, ctx);
    const byId = Object.fromEntries(data.deployments.map((d) => [d.id, d.briAtYear]));
    // Serbia signed 2015 (2017 deal: member); Argentina 2022 (2017 deal: not yet); Italy 2019-2023 (2020: member).
    expect(byId).toEqual({ 'srb-belgrade-alpha': true, 'arg-jujuy-alpha': false, 'ita-country-beta': true, 'deu-custom-beta': false });
  });
});

describe('the data build command', () => {
  it('exits 1, names the problem and writes nothing when a row is bad', async () => {
    const { mkdtempSync, writeFileSync, cpSync, existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { spawnSync } = await import('node:child_process');
    const dir = mkdtempSync(join(tmpdir(), 'sightlines-bad-'));
    cpSync(GOOD, dir, { recursive: true });
    writeFileSync(join(dir, 'deployments.csv'), text('deployments.csv').replace('SRB,', 'SRX,'));
    const out = join(dir, 'out');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--in', dir, '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('deployments.csv:2: country_iso3: "SRX" is not an ISO 3166-1 alpha-3 country code');
    expect(run.stderr).toContain('nothing was written');
    expect(existsSync(out)).toBe(false);
  });
});

describe('the data build on bad input', () => {
  const deployments = text('deployments.csv');
  const sources = text('sources.csv');
  const replaceLine = (csv: string, line: number, from: string, to: string) =>
    csv.split('\n').map((l, i) => (i === line - 1 ? l.replace(from, to) : l)).join('\n');

  it.each([
    ['an unknown country', () => ({ deployments: replaceLine(deployments, 2, 'SRB,', 'SRX,') }), 'deployments.csv:2: country_iso3: "SRX" is not an ISO 3166-1 alpha-3'],
    ['an unknown vendor', () => ({ deployments: replaceLine(deployments, 3, 'alpha;beta', 'alpha;gamma') }), 'deployments.csv:3: vendors: "gamma" is not an id in vendors.csv'],
    ['a place not in the gazetteer', () => ({ deployments: replaceLine(deployments, 2, ',Belgrade,', ',Belgradx,') }), 'deployments.csv:2: place: "Belgradx" is not in the gazetteer for RS'],
    ['an impossible year', () => ({ deployments: replaceLine(deployments, 2, ',2017,', ',2117,') }), 'deployments.csv:2: year: "2117" is not a year'],
    ['a duplicate id', () => ({ deployments: replaceLine(deployments, 3, 'arg-jujuy-alpha', 'srb-belgrade-alpha') }), 'deployments.csv:3: id: "srb-belgrade-alpha" is already used on line 2'],
    ['a deployment without a source', () => ({ sources: sources.split('\n').filter((l) => !l.startsWith('deu-custom-beta')).join('\n') }), 'deployments.csv:5: id: "deu-custom-beta" has no row in sources.csv'],
    ['an orphan source', () => ({ sources: `${sources}nobody,https://example.org/z,Pub,2019,Title,en,,Quoted.,2026-12-08\n` }), 'sources.csv:7: deployment_id: "nobody" is not an id in deployments.csv (orphan source)'],
    ['a javascript: source URL', () => ({ sources: sources.replace('https://example.org/c', 'javascript:alert(1)') }), 'sources.csv:4: url: "javascript:alert(1)" is not an http(s) URL'],
    ['a missing column', () => ({ deployments: deployments.replace('vendors,', 'vendor,') }), 'deployments.csv:1: vendors: required column is missing'],
    ['semicolons as separators', () => ({ deployments: deployments.replace(/,/g, ';') }), 'deployments.csv:1: uses ";" or tabs'],
    ['an empty file', () => ({ vendors: '' }), 'vendors.csv: is empty'],
    ['a missing file', () => ({ bri: undefined }), 'bri.csv: is missing from the input folder'],
    ['text that is not UTF-8', () => ({ vendors: new Uint8Array([0x69, 0x64, 0x2c, 0xff, 0xfe, 0x0a]) }), 'vendors.csv: is not valid UTF-8'],
    ['a row with an extra field', () => ({ sources: sources.replace('says 1000', 'says 1000,extra') }), 'sources.csv:2: has 10 fields but the header has 9'],
    ['an unclosed quote', () => ({ deployments: replaceLine(deployments, 4, 'Fixture country-level row.', '"Fixture country-level row.') }), 'deployments.csv'],
    ['a backwards camera range', () => ({ deployments: deployments.replace('1000-1200', '1200-1000') }), 'deployments.csv:2: cameras: range "1200-1000" runs backwards'],
    ['a value without currency', () => ({ deployments: deployments.replace('30000000,USD', '30000000,') }), 'deployments.csv:3: currency: a value needs its ISO 4217 currency code'],
    ['a lon without lat', () => ({ deployments: deployments.replace('7.1,50.7', '7.1,') }), 'deployments.csv:5: lat: lon and lat must both be given'],
    ['an impossible date', () => ({ sources: sources.replace('2019-10-17', '2019-02-30') }), 'sources.csv:2: published: "2019-02-30" is not a date'],
    ['an unknown type', () => ({ deployments: deployments.replace('safe_city', 'safe city') }), 'deployments.csv:2: type: "safe city" is not one of'],
    ['a left year before the signing', () => ({ bri: text('bri.csv').replace('2019,2023', '2019,2016') }), 'bri.csv:4: left_year: 2016 is before mou_year 2019'],
    ['an ambiguous place', () => ({ deployments: replaceLine(deployments, 2, 'SRB,Belgrade', 'ARG,Colón') }), 'is ambiguous in AR'],
    ['a column named twice', () => ({ vendors: text('vendors.csv').replace('name,', 'name,name,') }), 'vendors.csv:1: name: column appears twice'],
    ['a vendor id used twice', () => ({ vendors: `${text('vendors.csv')}alpha,Alpha again,CHN,,\n` }), 'vendors.csv:4: id: "alpha" is used by an earlier row'],
    ['a country listed twice in bri.csv', () => ({ bri: `${text('bri.csv')}SRB,2016,,https://example.org/x,\n` }), 'bri.csv:5: country_iso3: "SRB" is listed by an earlier row'],
    ['a vendor named twice in one row', () => ({ deployments: deployments.replace('alpha;beta', 'beta;beta') }), 'deployments.csv:3: vendors: names a vendor twice'],
    ['a city record without a place', () => ({ deployments: replaceLine(deployments, 2, ',Belgrade,', ',,') }), 'deployments.csv:2: place: is required for precision "city"'],
    ['a latitude off the globe', () => ({ deployments: deployments.replace('7.1,50.7', '7.1,95') }), 'deployments.csv:5: lat: lon and lat must both be given'],
    ['an Entity List date without a source', () => ({ vendors: text('vendors.csv').replace(',https://example.org/entity-list', ',') }), 'vendors.csv:2: entity_list_source_url: an Entity List date needs a source'],
    ['a source without a publisher', () => ({ sources: sources.replace('Example Daily', '') }), 'sources.csv:3: publisher: is required but empty'],
    ['a territory the basemap draws inside another country', () => ({ deployments: replaceLine(deployments, 4, 'ita-country-beta,ITA,', 'ita-country-beta,MYT,') }), 'deployments.csv:4: country_iso3: "MYT" is not a country on the basemap'],
    // The quote is what lets a reader check a record without trusting us: no quote, no source.
    ['a source without its quote', () => ({ sources: sources.replace('Fixture quote 3.', '') }), 'sources.csv:4: quote: is required but empty'],
    ['a quote without the day it was read', () => ({ sources: sources.replace('Fixture quote 2.,2026-12-08', 'Fixture quote 2.,') }), 'sources.csv:3: checked: is required but empty'],
    ['a lowercase currency', () => ({ deployments: deployments.replace('30000000,USD', '30000000,usd') }), 'deployments.csv:3: currency'],
    ['a camera count with a thousands separator', () => ({ deployments: deployments.replace(',1200,', ',"1,200",') }), 'deployments.csv:3: cameras: "1,200" is not a whole number'],
    ['a year with letters', () => ({ deployments: deployments.replace(',2012,', ',2012a,') }), 'deployments.csv:5: year: "2012a" is not a year'],
    ['a deployments file with a header only', () => ({ deployments: `${deployments.split('\n')[0]}\n`, sources: sources.split('\n')[0] }), 'deployments.csv: has no deployment rows'],
    ['markup in an id', () => ({ deployments: deployments.replace('deu-custom-beta,', '<img src=x>,') }), 'deployments.csv:5: id: "<img src=x>" may hold only'],
    ['a vendor country that does not exist', () => ({ vendors: text('vendors.csv').replace('JPN', 'XXX') }), 'vendors.csv:3: hq_country_iso3: "XXX" is not an ISO'],
  ])('fails with file, line and field for %s', (_name, patch, expected) => {
    const problems = problemsWith(patch());
    expect(problems.join('\n')).toContain(expected);
  });

  it('reports every problem at once, not just the first', () => {
    const bad = replaceLine(replaceLine(deployments, 2, 'SRB,', 'SRX,'), 3, ',2017,', ',1800,');
    const problems = problemsWith({ deployments: bad });
    expect(problems.some((p) => p.startsWith('deployments.csv:2: country_iso3'))).toBe(true);
    expect(problems.some((p) => p.startsWith('deployments.csv:3: year'))).toBe(true);
  });

  it('accepts a byte-order mark and Windows line endings', () => {
    const crlf = `\uFEFF${deployments.replace(/\n/g, '\r\n')}`;
    expect(problemsWith({ deployments: crlf })).toEqual([]);
  });
});

describe('the data build on hostile text', () => {
  // tests/fixtures/hostile: markup, script, javascript: text, 10,000-character strings, bidi
  // overrides, zero-width characters and emoji. The build validates structure, not prose: every
  // string must reach the dataset unchanged (escaping is the page's job, done by inserting text).
  const HOSTILE = join(import.meta.dirname, '../../tests/fixtures/hostile');

  it('builds, and passes every string through byte for byte', () => {
    const data = buildDataset(readInput(HOSTILE), ctx);
    const byId = new Map(data.deployments.map((d) => [d.id, d]));
    expect([...byId.keys()]).toEqual(['hostile-markup', 'hostile-long', 'hostile-bidi', 'hostile-country']);
    expect(byId.get('hostile-markup')!.place).toBe("Belgrade <img src=x onerror=alert('place')>");
    expect(byId.get('hostile-markup')!.summary).toContain("<script>alert('summary')</script> javascript:alert('summary') &lt;b&gt;");
    expect(byId.get('hostile-markup')!.sources[0]!.url).toBe(`https://example.org/a?q="><img src=x onerror=alert('url')>`);
    expect(byId.get('hostile-long')!.place).toHaveLength(10_000);
    expect(byId.get('hostile-long')!.sources[0]!.title).toHaveLength(10_000);
    expect(byId.get('hostile-bidi')!.place).toBe('\u202Eelif.exe\u202C Jujuy 📷 Z\u200B\u200C\u200D\u2060ero');
    expect(data.vendors.find((v) => v.id === 'markup')!.name).toBe("<img src=x onerror=alert('vendor')>Markup Vision");
    expect(data.vendors.find((v) => v.id === 'long')!.name).toHaveLength(10_000);
  });
});
