// Which bytes of a built JavaScript chunk come from which package, read from its source map: the
// map-view chunk holds MapLibre, a few small libraries and our own map code in one file.
import { gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Decodes one source-map segment (base64 VLQ) into its fields. */
export function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = B64_INDEX.get(c);
    if (digit === undefined) throw new Error(`bad VLQ character ${c}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** The package a source path belongs to: "maplibre-gl", "zustand", ... or "ours" for our code. */
export function packageOf(source: string | null): string {
  if (source === null) return 'ours';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
  return m ? m[1]! : 'ours';
}

/**
 * Splits `code` into groups by package, following the source map: each generated range belongs to
 * the source of the mapping that starts it. Lines without mappings (the inside of a multi-line
 * string, such as MapLibre's shaders) continue the range before them; ranges explicitly mapped to
 * nothing (bundler glue) count as ours.
 */
export function attribute(code: string, map: { sources: (string | null)[]; mappings: string }): Map<string, string> {
  const pieces = new Map<string, string[]>();
  const add = (group: string, text: string) => {
    if (!text) return;
    let list = pieces.get(group);
    if (!list) pieces.set(group, (list = []));
    list.push(text);
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let sourceIndex = 0;
  let group = 'ours';
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]! + (l < lines.length - 1 ? '\n' : '');
    let column = 0;
    let start = 0;
    for (const segment of (mappingLines[l] ?? '').split(',')) {
      if (!segment) continue;
      const fields = decodeVlq(segment);
      column += fields[0]!;
      add(group, line.slice(start, column));
      start = column;
      if (fields.length >= 4) {
        sourceIndex += fields[1]!;
        group = packageOf(map.sources[sourceIndex] ?? null);
      } else {
        group = 'ours';
      }
    }
    add(group, line.slice(start));
  }
  return new Map([...pieces].map(([k, v]) => [k, v.join('')]));
}

/**
 * Raw and gzip bytes per group for a chunk whose whole gzip size is `gzipTotal`: each group's text
 * is gzipped on its own, and the results are scaled so that they add up to the real total.
 */
export function apportion(groups: Map<string, string>, gzipTotal: number): Map<string, { raw: number; gzip: number }> {
  const alone = new Map([...groups].map(([k, text]) => [k, { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 6 }).length }]));
  const sum = [...alone.values()].reduce((s, g) => s + g.gzip, 0);
  for (const g of alone.values()) g.gzip = Math.round((g.gzip * gzipTotal) / sum);
  return alone;
}
