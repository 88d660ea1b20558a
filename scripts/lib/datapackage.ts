// datapackage.json: a Frictionless Tabular Data Package (v1) describing the four CSV files, written
// from the column declarations in tables.ts, the files as they are, and the changelog's top entry.
import { createHash } from 'node:crypto';
import type { Column, FieldType } from './columns.ts';
import type { Headers } from './pipeline.ts';
import { TABLES, type Table } from './tables.ts';
import type { ReleaseEntry } from './changelog.ts';

/** What the package says of itself; a newsroom publishing its own data changes these. */
export const PACKAGE = {
  name: 'sightlines',
  title: 'Sightlines: who sells surveillance technology to whom',
  description:
    'Deployments of camera networks, "safe city" systems, face recognition, policing and biometric ID systems: '
    + 'which vendor sold or donated what to which city or country, when, on what terms, and whether that country had '
    + 'signed a Belt and Road Initiative memorandum with China at the time. Every deployment rests on the sources '
    + 'listed for it in sources.csv. See README.md for how the data is made and CHANGELOG.md for what each version changed.',
  keywords: ['surveillance', 'safe city', 'facial recognition', 'Belt and Road Initiative', 'Huawei', 'Hikvision', 'ZTE'],
  contributors: [{ title: 'The Sightlines team', role: 'author' }],
  licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' }],
  sources: [
    { title: 'The pages each deployment rests on, one row per source per deployment', path: 'sources.csv' },
    { title: 'The pages that state each BRI membership (bri.csv, source_url)', path: 'bri.csv' },
    { title: 'The pages that state each US Entity List date (vendors.csv, entity_list_source_url)', path: 'vendors.csv' },
    { title: 'GeoNames (CC BY 4.0), for the lon/lat values copied into deployments.csv', path: 'https://www.geonames.org/' },
  ],
} as const;

export interface TableSchemaField extends Omit<FieldType, 'constraints'> {
  name: string;
  description: string;
  constraints?: FieldType['constraints'] & { required?: boolean; unique?: boolean };
}

/** One column as a Table Schema field: its kind's type and constraints, plus required and unique. */
export function schemaField(table: Table, c: Column): TableSchemaField {
  const { constraints: kindConstraints, ...type } = c.kind.field;
  const constraints = { ...kindConstraints };
  if (c.need === 'value') Object.assign(constraints, { required: true });
  if (table.primaryKey.fields.length === 1 && table.primaryKey.fields[0] === c.name) Object.assign(constraints, { unique: true });
  let description = c.description;
  if (c.need === 'column') description += ' (The column must be present; a cell may be empty.)';
  if (c.separator && c.references) {
    // Table Schema's foreignKeys cannot say "each item of a list": the description does.
    const target = TABLES.find((t) => t.name === c.references!.table)!;
    description += ` Each item is an ${c.references.field} in ${target.file}.`;
  }
  return { name: c.name, description, ...type, ...(Object.keys(constraints).length ? { constraints } : {}) };
}

/** The Table Schema of one file, its fields in the order of the file's header. */
export function tableSchema(table: Table, header: readonly string[]) {
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const fields = header.map((name) => {
    const c = byName.get(name);
    if (!c) throw new Error(`internal: ${table.file} has a column "${name}" the build should have refused`);
    return schemaField(table, c);
  });
  const foreignKeys = table.columns
    .filter((c) => c.references && !c.separator && header.includes(c.name))
    .map((c) => ({ fields: [c.name], reference: { resource: c.references!.table, fields: [c.references!.field] } }));
  return {
    fields,
    missingValues: [''],
    primaryKey: [...table.primaryKey.fields],
    ...(foreignKeys.length ? { foreignKeys } : {}),
  };
}

export type Csvs = { [K in keyof Headers]: Uint8Array };

/** The whole descriptor; `created` is the release date, so the same release always gives the same bytes. */
export function dataPackage(release: ReleaseEntry, headers: Headers, csvs: Csvs) {
  return {
    profile: 'tabular-data-package',
    name: PACKAGE.name,
    title: PACKAGE.title,
    description: PACKAGE.description,
    version: release.version,
    created: `${release.date}T00:00:00Z`,
    keywords: [...PACKAGE.keywords],
    contributors: PACKAGE.contributors.map((c) => ({ ...c })),
    licenses: PACKAGE.licenses.map((l) => ({ ...l })),
    sources: PACKAGE.sources.map((s) => ({ ...s })),
    resources: TABLES.map((t) => ({
      profile: 'tabular-data-resource',
      name: t.name,
      path: t.file,
      title: t.title,
      description: t.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: csvs[t.name].byteLength,
      hash: `sha256:${createHash('sha256').update(csvs[t.name]).digest('hex')}`,
      dialect: { delimiter: ',', doubleQuote: true, header: true },
      schema: tableSchema(t, headers[t.name]),
    })),
  };
}
