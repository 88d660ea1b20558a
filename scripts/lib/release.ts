// The versioned release: datapackage.json and sightlines-<version>.zip, from the input folder's
// CSV files, README.md, LICENSE and CHANGELOG.md.
import { zipSync, type Zippable } from 'fflate';
import type { Release } from '../../src/data/release.ts';
import { CHANGELOG, parseChangelog } from './changelog.ts';
import { dataPackage, type Csvs } from './datapackage.ts';
import type { Headers, InputFiles } from './pipeline.ts';
import type { Problem } from './problems.ts';
import { TABLES } from './tables.ts';

/** The files a release carries besides the CSVs, by their names in the input folder and the zip. */
export const DOCUMENTS = { readme: 'README.md', licence: 'LICENSE', changelog: CHANGELOG } as const;
export type Documents = { [K in keyof typeof DOCUMENTS]: Uint8Array | undefined };

export interface ReleaseOutput {
  release: Release;
  /** datapackage.json's text, as in the zip. */
  descriptor: string;
  zip: Uint8Array;
}

/** The version and date of the changelog's top entry, or problems saying why there is none. */
export function readRelease(docs: Documents, problems: Problem[]) {
  for (const [key, file] of Object.entries(DOCUMENTS) as [keyof Documents, string][]) {
    if (!docs[key]) problems.push({ file, line: 0, field: '', message: 'is missing from the input folder; a release carries it in its zip' });
  }
  if (!docs.changelog) return null;
  const entries = parseChangelog(new TextDecoder().decode(docs.changelog), problems);
  return entries[0] ?? null;
}

/**
 * The package and its zip. The zip holds datapackage.json, the README, the licence, the changelog
 * and the CSV files as the editors wrote them, in that order, each stamped with the release date
 * at midnight (DOS time has no time zone: the date is built from local fields, so the bytes are
 * the same on any machine), so a rebuild of the same release gives the same bytes.
 */
export function buildRelease(entry: NonNullable<ReturnType<typeof readRelease>>, docs: Documents, csv: InputFiles, headers: Headers): ReleaseOutput {
  const csvs = Object.fromEntries(TABLES.map((t) => [t.name, csv[t.name]!])) as Csvs;
  const descriptor = `${JSON.stringify(dataPackage(entry, headers, csvs), null, 2)}\n`;
  const [y, m, d] = entry.date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d, 0, 0, 0);
  const files: Zippable = { 'datapackage.json': new TextEncoder().encode(descriptor) };
  for (const key of Object.keys(DOCUMENTS) as (keyof Documents)[]) files[DOCUMENTS[key]] = docs[key]!;
  for (const t of TABLES) files[t.file] = csvs[t.name];
  const zip = zipSync(files, { level: 9, mtime });
  const file = `sightlines-${entry.version}.zip`;
  return { release: { version: entry.version, date: entry.date, title: entry.title, file, bytes: zip.byteLength }, descriptor, zip };
}
