// npm run bench:data: times the data build on the real dataset and on synthetic 10,000-row
// inputs made by repeating the real rows under new ids (so every place is a real gazetteer hit).
import { cpus, totalmem } from 'node:os';
import { loadContext, readInput } from './build-data.ts';
import { buildDataset, type InputFiles } from './lib/pipeline.ts';

function repeatRows(csv: string, times: number, idColumn: number): string {
  const [header, ...rows] = csv.trimEnd().split(/\r?\n/);
  const out = [header];
  for (let i = 0; i < times; i++) {
    for (const row of rows) {
      // ids never contain commas; the id is the first field of both files
      const comma = row.indexOf(',');
      out.push(idColumn === 0 ? `${row.slice(0, comma)}-${i}${row.slice(comma)}` : row);
    }
  }
  return `${out.join('\n')}\n`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const t0 = performance.now();
const ctx = loadContext();
const loadMs = performance.now() - t0;
const real = readInput('data');
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);
const rows = text(real.deployments).trimEnd().split(/\r?\n/).length - 1;
const times = Math.ceil(10_000 / rows);
const synthetic: InputFiles = {
  ...real,
  deployments: new TextEncoder().encode(repeatRows(text(real.deployments), times, 0)),
  sources: new TextEncoder().encode(repeatRows(text(real.sources), times, 0)),
};

function time(files: InputFiles, runs: number): { ms: number; n: number } {
  const ms: number[] = [];
  let n = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    n = buildDataset(files, ctx).deployments.length;
    ms.push(performance.now() - start);
  }
  return { ms: median(ms), n };
}

const small = time(real, 5);
const big = time(synthetic, 5);
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`machine: ${cpus().length} x ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
console.log(`gazetteer + basemap load: ${loadMs.toFixed(0)} ms (once per build)`);
console.log(`validate + geocode + join, real data (${small.n} rows): median ${small.ms.toFixed(0)} ms of 5 runs`);
console.log(`validate + geocode + join, synthetic (${big.n} rows): median ${big.ms.toFixed(0)} ms of 5 runs`);
console.log(`target: 10,000 rows under 5,000 ms including the load: ${(loadMs + big.ms).toFixed(0)} ms`);
