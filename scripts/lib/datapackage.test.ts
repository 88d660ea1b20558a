// The Table Schemas in datapackage.json and the validator come from the same declarations; these
// tests hold them to it from the outside: whatever a field's schema forbids, the build refuses,
// naming file, line and field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext, readInput } from '../build-data.ts';
import { dataPackage, type TableSchemaField } from './datapackage.ts';
import { buildData, type BuildContext, type InputFiles } from './pipeline.ts';
import { DataError, formatProblem } from './problems.ts';
import { TABLES } from './tables.ts';

const GOOD = join(import.meta.dirname, '../../tests/fixtures/good');
let ctx: BuildContext;
let good: InputFiles;
let resources: ReturnType<typeof dataPackage>['resources'];

beforeAll(() => {
  const c = loadContext();
  ctx = { gazetteer: c.gazetteer, countries: c.countries };
  good = readInput(GOOD);
  const { headers } = buildData(good, ctx);
  const csvs = Object.fromEntries(TABLES.map((t) => [t.name, good[t.name]!])) as Parameters<typeof dataPackage>[2];
  resources = dataPackage({ version: '0.0.0', date: '2026-01-01', title: 'test', line: 3 }, headers, csvs).resources;
});

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The fixture's file with one cell of its first data row (line 2) replaced. */
function withCell(file: string, field: string, value: string): string {
  const [header, ...rows] = parse(readFileSync(join(GOOD, file), 'utf8')) as string[][];
  const i = header!.indexOf(field);
  rows[0]![i] = value;
  return [header!, ...rows].map((r) => r.map(quote).join(',')).join('\n') + '\n';
}

function problems(name: keyof InputFiles, text: string): string[] {
  try {
    buildData({ ...good, [name]: new TextEncoder().encode(text) }, ctx);
    return [];
  } catch (e) {
    if (e instanceof DataError) return e.problems.map(formatProblem);
    throw e;
  }
}

/** A value each constraint of the field forbids, with what it tests. */
function violations(f: TableSchemaField): [string, string][] {
  const c = f.constraints ?? {};
  const out: [string, string][] = [];
  if (c.required) out.push(['required', '']);
  if (c.enum) out.push(['enum', 'not-a-value']);
  if (c.pattern) out.push(['pattern', '#']);
  if (c.minimum !== undefined) out.push(['minimum', String(c.minimum - 1)]);
  if (c.maximum !== undefined) out.push(['maximum', String(c.maximum + 1)]);
  if (f.type !== 'string') out.push([`type ${f.type}`, 'abc']);
  return out;
}

describe('datapackage.json and the validator', () => {
  it('declare every constraint somewhere (the fixture has something to test)', () => {
    const all = resources.flatMap((r) => r.schema.fields.flatMap((f) => violations(f).map(([what]) => what.split(' ')[0])));
    expect(new Set(all)).toEqual(new Set(['required', 'enum', 'pattern', 'minimum', 'maximum', 'type']));
  });

  it('agree: for every field, each value its Table Schema forbids fails the build on that field', () => {
    const missed: string[] = [];
    let cases = 0;
    for (const r of resources) {
      for (const f of r.schema.fields) {
        for (const [what, value] of violations(f)) {
          cases++;
          const found = problems(r.name as keyof InputFiles, withCell(r.path, f.name, value));
          if (!found.some((p) => p.startsWith(`${r.path}:2: ${f.name}: `))) missed.push(`${r.path} ${f.name} ${what} "${value}": ${found.join(' | ') || 'accepted'}`);
        }
      }
    }
    expect(cases).toBeGreaterThan(40);
    expect(missed).toEqual([]);
  });

  it('agree: every value at the edge of what a Table Schema allows (each enum value, each bound) builds', () => {
    const refused: string[] = [];
    for (const r of resources) {
      for (const f of r.schema.fields) {
        const c = f.constraints ?? {};
        const allowed = [...(c.enum ?? []), ...[c.minimum, c.maximum].filter((x) => x !== undefined).map(String)];
        // A rule across fields (left_year before mou_year) names the other field: not the schema's business.
        const others = r.schema.fields.filter((o) => o !== f).map((o) => o.name);
        for (const value of allowed) {
          const found = problems(r.name as keyof InputFiles, withCell(r.path, f.name, value))
            .filter((p) => p.startsWith(`${r.path}:2: ${f.name}: `) && !others.some((o) => p.includes(` ${o} `)));
          refused.push(...found);
        }
      }
    }
    expect(refused).toEqual([]);
  });

  it('agree on which columns a header must name', () => {
    for (const r of resources) {
      const table = TABLES.find((t) => t.name === r.name)!;
      for (const c of table.columns.filter((x) => x.need !== 'optional')) {
        const text = readFileSync(join(GOOD, r.path), 'utf8').replace(new RegExp(`^((?:[^\\n]*,)?)${c.name}(,|\\n)`), `$1renamed_${c.name}$2`);
        expect(problems(r.name as keyof InputFiles, text), `${r.path} ${c.name}`).toEqual(expect.arrayContaining([
          `${r.path}:1: ${c.name}: required column is missing from the header`,
          `${r.path}:1: renamed_${c.name}: is not a column of ${r.path} (data/README.md lists them; check the spelling)`,
        ]));
      }
    }
  });

  it('lists the fields in the order of the file header, leaving out optional columns a file lacks', () => {
    const vendors = resources.find((r) => r.name === 'vendors')!;
    expect(vendors.schema.fields.map((f) => f.name)).toEqual(readFileSync(join(GOOD, 'vendors.csv'), 'utf8').split('\n')[0]!.split(','));
    expect(vendors.schema.fields.map((f) => f.name)).not.toContain('entity_list_note');
  });
});
