import type { Country, Dataset, Deployment } from '../../src/data/schema.ts';
import { briIndex, isBriMember } from '../../src/data/bri.ts';
import { alpha2 } from './countries.ts';
import { parseCsv, type CsvRow } from './csv.ts';
import type { Gazetteer } from './geocode.ts';
import { DataError, type Problem } from './problems.ts';
import { FILES, KNOWN_COLUMNS, REQUIRED_COLUMNS, readBri, readDeployments, readSources, readVendors, type Keys, type UnplacedDeployment } from './validate.ts';

export type InputFiles = { [K in keyof typeof FILES]: Uint8Array | undefined };

export interface BuildContext {
  gazetteer: Gazetteer;
  countries: Country[];
  /** Clock for the `generated` stamp; injected so tests are deterministic. */
  now?: () => Date;
}

export type Headers = { [K in keyof typeof FILES]: string[] };

/**
 * The whole data build as named steps: parse, validate, geocode, join. It either returns a complete
 * dataset with exactly one feature per deployment row, or throws a DataError listing every problem.
 */
export function buildDataset(files: InputFiles, ctx: BuildContext): Dataset {
  return buildData(files, ctx).dataset;
}

/** buildDataset, and each file's header as written (the data package describes the columns in that order). */
export function buildData(files: InputFiles, ctx: BuildContext): { dataset: Dataset; headers: Headers } {
  const problems: Problem[] = [];
  const headers = { vendors: [], bri: [], deployments: [], sources: [] } as Headers;
  const table = (key: keyof typeof FILES): CsvRow[] => {
    const bytes = files[key];
    if (!bytes) {
      problems.push({ file: FILES[key], line: 0, field: '', message: 'is missing from the input folder' });
      return [];
    }
    const parsed = parseCsv(FILES[key], bytes, REQUIRED_COLUMNS[key], KNOWN_COLUMNS[key]);
    problems.push(...parsed.problems);
    headers[key] = parsed.header;
    return parsed.rows;
  };
  const vendorRows = table('vendors');
  const briRows = table('bri');
  const deploymentRows = table('deployments');
  const sourceRows = table('sources');

  // Each table's key, for the references of the tables read after it.
  const keys: Keys = new Map();
  const vendors = readVendors(vendorRows, keys, problems);
  const bri = readBri(briRows, keys, problems);
  const unplaced = readDeployments(deploymentRows, keys, problems);
  const sources = readSources(sourceRows, keys, problems);
  if (deploymentRows.length === 0 && !problems.some((p) => p.file === FILES.deployments)) {
    problems.push({ file: FILES.deployments, line: 0, field: '', message: 'has no deployment rows' });
  }

  const anchors = new Map(ctx.countries.map((c) => [c.iso3, c.anchor]));
  const members = briIndex(bri);
  const deployments: Deployment[] = [];
  for (const d of unplaced) {
    const list = sources.get(d.id) ?? [];
    if (list.length === 0) {
      problems.push({ file: FILES.deployments, line: d.line, field: 'id', message: `"${d.id}" has no row in ${FILES.sources}; every deployment needs a source` });
    }
    const point = place(d, ctx.gazetteer, anchors, problems);
    if (!point) continue;
    const { line: _line, geocodeAs: _g, override: _o, ...rest } = d;
    deployments.push({ ...rest, ...point, briAtYear: isBriMember(members.get(d.country), d.year), sources: list });
  }

  if (problems.length) throw new DataError(problems);
  // Nothing was dropped: every row is a deployment, or the build failed above.
  if (deployments.length !== deploymentRows.length) throw new Error('internal: deployment count changed during the build');

  const years = deployments.map((d) => d.year);
  const dataset: Dataset = {
    generated: (ctx.now ?? (() => new Date()))().toISOString(),
    deployments,
    vendors,
    bri,
    countries: ctx.countries,
    years: { min: Math.min(...years), max: Math.max(...years) },
  };
  return { dataset, headers };
}

function place(
  d: UnplacedDeployment,
  gazetteer: Gazetteer,
  anchors: Map<string, [number, number]>,
  problems: Problem[],
): { lon: number; lat: number; geocodedFrom: string } | null {
  const problem = (field: string, message: string) => {
    problems.push({ file: FILES.deployments, line: d.line, field, message });
    return null;
  };
  // The world view counts records per basemap country: a record in a territory the basemap draws
  // as part of another country (Mayotte in France) would have a dot but no bubble.
  const anchor = anchors.get(d.country);
  if (!anchor) {
    return problem('country_iso3', `"${d.country}" is not a country on the basemap; use the code of the country it is drawn in`);
  }
  if (d.override) return { lon: d.override[0], lat: d.override[1], geocodedFrom: 'lon/lat given in the data' };
  if (d.precision === 'country') return { lon: anchor[0], lat: anchor[1], geocodedFrom: 'country anchor (no city)' };
  const a2 = alpha2(d.country);
  if (!a2) return null; // the country code itself was already reported as invalid
  const name = d.geocodeAs || d.place;
  const hit = gazetteer.lookup(name, a2);
  if (!hit.ok) return problem(d.geocodeAs ? 'geocode_as' : 'place', hit.message);
  return { lon: hit.lon, lat: hit.lat, geocodedFrom: hit.label };
}
