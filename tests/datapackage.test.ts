// The published data package (issue 12): datapackage.json against the Frictionless profile, every
// CSV row against its Table Schema read independently, the zip's contents, and that a rebuild
// gives the same bytes. Built with the real CLI on data/, into temporary folders.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTables, readCsv, type Resource, type Table } from './table-schema.ts';

const PROFILE = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/frictionless/tabular-data-package.json'), 'utf8')) as object;

function build(out: string, env: Record<string, string> = {}): void {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--in', 'data', '--out', out], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (run.status !== 0) throw new Error(`the data build failed:\n${run.stderr}`);
}

let tmp: string;
let served: string;
let pkg: { version: string; created: string; resources: (Resource & { bytes: number; hash: string })[] } & Record<string, unknown>;
let release: { version: string; date: string; file: string; bytes: number };
let zip: Uint8Array;
let entries: Record<string, Uint8Array>;
const utf8 = (b: Uint8Array) => new TextDecoder().decode(b);

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sightlines-package-'));
  served = join(tmp, 'a');
  build(served);
  release = JSON.parse(readFileSync(join(served, 'release.json'), 'utf8'));
  pkg = JSON.parse(readFileSync(join(served, 'datapackage.json'), 'utf8'));
  zip = new Uint8Array(readFileSync(join(served, release.file)));
  entries = unzipSync(zip);
}, 60_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function validator() {
  const ajv = new AjvDraft04({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('textarea', true); // an editor hint in the profile, not a constraint
  return ajv.compile(PROFILE);
}

describe('datapackage.json', () => {
  it('is a valid Frictionless Tabular Data Package (the published v1 profile, through ajv)', () => {
    const validate = validator();
    expect(validate(pkg), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('fails that profile when a descriptor is broken (the check can fail)', () => {
    const validate = validator();
    const noProfile: Record<string, unknown> = structuredClone(pkg);
    delete noProfile.profile;
    expect(validate(noProfile)).toBe(false);
    const badType = structuredClone(pkg);
    (badType.resources[0]!.schema.fields[0] as { type: string }).type = 'text';
    expect(validate(badType)).toBe(false);
    const badLicence = structuredClone(pkg);
    (badLicence.licenses as { name: string }[])[0]!.name = 'CC BY 4.0';
    expect(validate(badLicence)).toBe(false);
  });

  it('says CC-BY-4.0, names its sources, and takes version and date from the top of data/CHANGELOG.md', () => {
    expect(pkg.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' })]);
    expect((pkg.sources as unknown[]).length).toBeGreaterThan(0);
    const top = /^## (\S+) \((\d{4}-\d{2}-\d{2})\)/m.exec(readFileSync('data/CHANGELOG.md', 'utf8'))!;
    expect(pkg.version).toBe(top[1]);
    expect(pkg.created).toBe(`${top[2]}T00:00:00Z`);
    expect(release).toMatchObject({ version: top[1], date: top[2], file: `sightlines-${top[1]}.zip`, bytes: zip.byteLength });
  });

  it('describes the four files with keys: unique ids, sources pointing at deployments', () => {
    expect(pkg.resources.map((r) => r.path)).toEqual(['vendors.csv', 'bri.csv', 'deployments.csv', 'sources.csv']);
    const byName = Object.fromEntries(pkg.resources.map((r) => [r.name, r.schema]));
    expect(byName.deployments!.primaryKey).toEqual(['id']);
    expect(byName.sources!.primaryKey).toEqual(['deployment_id', 'url']);
    expect(byName.sources!.foreignKeys).toEqual([{ fields: ['deployment_id'], reference: { resource: 'deployments', fields: ['id'] } }]);
    const type = byName.deployments!.fields.find((f) => f.name === 'type')!;
    expect(type.constraints).toEqual({ enum: ['safe_city', 'city_cameras', 'facial_recognition', 'smart_policing', 'biometric_id', 'border_surveillance', 'other'], required: true });
  });
});

describe('the CSV files against their Table Schemas, read independently', () => {
  const tables = () => Object.fromEntries(pkg.resources.map((r) => [r.name, readCsv(utf8(entries[r.path]!))])) as Record<string, Table>;

  it('every row of every file conforms: types, enums, patterns, bounds, required, keys', () => {
    const t = tables();
    expect(Object.values(t).reduce((n, x) => n + x.rows.length, 0)).toBeGreaterThan(1000);
    expect(checkTables(pkg.resources, t)).toEqual([]);
  });

  it('the same reading finds rows that break the schema (the check can fail)', () => {
    const t = tables();
    const deployments = t.deployments!;
    const col = (name: string) => deployments.header.indexOf(name);
    const [line2, row2] = deployments.rows[0]!;
    row2[col('type')] = 'safe city';
    row2[col('year')] = '1989';
    row2[col('cameras')] = '1,200';
    deployments.rows[1]![1][col('id')] = row2[col('id')]!;
    deployments.rows[2]![1][col('vendors')] = '';
    t.sources!.rows[0]![1][0] = 'no-such-deployment';
    const problems = checkTables(pkg.resources, t);
    expect(problems).toEqual(expect.arrayContaining([
      `deployments.csv:${line2}: type: "safe city" is not in the enum`,
      `deployments.csv:${line2}: year: 1989 is below 1990`,
      `deployments.csv:${line2}: cameras: "1,200" does not match \\d+(-\\d+)?`,
      expect.stringMatching(/^deployments\.csv:\d+: id: ".*" is not unique$/),
      expect.stringMatching(/^deployments\.csv:\d+: vendors: is required$/),
      expect.stringMatching(/^sources\.csv:2: deployment_id: \["no-such-deployment"\] is not a key of deployments\.csv$/),
    ]));
  });
});

describe('the release zip', () => {
  it('holds exactly what datapackage.json lists, plus README, licence and changelog', () => {
    expect(Object.keys(entries).sort()).toEqual([...pkg.resources.map((r) => r.path), 'datapackage.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].sort());
  });

  it('carries the files as they are, and the descriptor as served', () => {
    for (const r of pkg.resources) {
      const bytes = entries[r.path]!;
      expect(Buffer.from(bytes).equals(readFileSync(join('data', r.path))), r.path).toBe(true);
      expect(bytes.byteLength, r.path).toBe(r.bytes);
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, r.path).toBe(r.hash);
    }
    for (const name of ['README.md', 'LICENSE', 'CHANGELOG.md']) expect(utf8(entries[name]!), name).toBe(readFileSync(join('data', name), 'utf8'));
    expect(utf8(entries['datapackage.json']!)).toBe(readFileSync(join(served, 'datapackage.json'), 'utf8'));
    expect(utf8(entries['LICENSE']!)).toMatch(/CC BY 4\.0[\s\S]*https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//);
  });

  it('is the same, byte for byte, when rebuilt later in another time zone', () => {
    const again = join(tmp, 'b');
    build(again, { TZ: 'Pacific/Kiritimati' });
    expect(createHash('sha256').update(readFileSync(join(again, release.file))).digest('hex')).toBe(createHash('sha256').update(zip).digest('hex'));
    expect(readFileSync(join(again, 'datapackage.json'), 'utf8')).toBe(readFileSync(join(served, 'datapackage.json'), 'utf8'));
  }, 60_000);

  it('stamps every entry with the release date', () => {
    // Walk the local file headers (PK\x03\x04): DOS time at offset 10, DOS date at 12, compressed
    // size at 18, name and extra-field lengths at 26 and 28, then the name, extra field and data.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const [y, m, d] = release.date.split('-').map(Number) as [number, number, number];
    const dosDate = ((y - 1980) << 9) | (m << 5) | d;
    const stamps: [number, number][] = [];
    for (let o = 0; view.getUint32(o, true) === 0x04034b50; ) {
      stamps.push([view.getUint16(o + 10, true), view.getUint16(o + 12, true)]);
      o += 30 + view.getUint16(o + 26, true) + view.getUint16(o + 28, true) + view.getUint32(o + 18, true);
    }
    expect(stamps).toEqual(Object.keys(entries).map(() => [0, dosDate]));
  });
});
