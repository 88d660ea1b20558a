// A static server for the benchmark: serves the built site like a static host or CDN that stores
// gzip copies (level 6) of its text files, so that the bytes Chromium counts on the wire are the
// bytes a reader would download, and so that compressing a 180 MB dataset is not timed as part of
// a page load. /data/points.json and /data/dataset.json are whatever dataset the benchmark sets.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

interface Entry {
  type: string;
  raw: Buffer;
  gz: Buffer | null;
}

function entry(path: string, raw: Buffer): Entry {
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  return { type, raw, gz: COMPRESSIBLE.test(type) && raw.length >= 1024 ? gzipSync(raw, { level: 6 }) : null };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export interface Sent {
  path: string;
  /** Body bytes as sent: the gzip copy where the client accepted gzip, else the file. */
  bytes: number;
  raw: number;
  gzip: boolean;
}

export interface SiteServer {
  origin: string;
  /** Every response since the last reset. */
  log: Sent[];
  /** Every file as served: raw and gzip sizes by URL path. */
  files: Map<string, Entry>;
  /** Serves a dataset: its points file (what the first map loads) and the full file. */
  setDataset(points: Buffer, dataset: Buffer): { points: Entry; dataset: Entry };
  close(): Promise<void>;
}

export async function serveSite(dir: string): Promise<SiteServer> {
  const files = new Map<string, Entry>();
  const log: Sent[] = [];
  for (const path of walk(dir)) {
    if (path.endsWith('.map')) continue; // source maps are never fetched by the page
    files.set(`/${relative(dir, path).split('\\').join('/')}`, entry(path, readFileSync(path)));
  }
  const server: Server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = files.get(path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const gzip = file.gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gz! : file.raw;
    log.push({ path, bytes: body.length, raw: file.raw.length, gzip: !!gzip });
    res.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      // Hashed assets never change: a host lets browsers keep them (a second request for the same
      // font, from CSS and from MapLibre, is then answered from the cache).
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the bench server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    log,
    files,
    setDataset(points, dataset) {
      const e = { points: entry('points.json', points), dataset: entry('dataset.json', dataset) };
      files.set('/data/points.json', e.points);
      files.set('/data/dataset.json', e.dataset);
      return e;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
