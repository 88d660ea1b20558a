import { deploymentsCsv, deploymentsGeoJson } from '../data/export.ts';
import type { Dataset } from '../data/schema.ts';
import { filterDeployments } from '../store/filters.ts';
import type { Store } from '../store/store.ts';
import { el } from './dom.ts';
import { summaryText } from './summary-line.ts';
import { summarize } from '../store/filters.ts';
import { vendorColor } from '../map/palette.ts';
import { t } from '../i18n/i18n.ts';
import type { Release } from '../data/release.ts';
import { releaseLink } from './release-link.ts';

export interface DownloadOptions {
  /** The map as drawn, or null where there is no map (no WebGL). */
  captureMap: () => Promise<HTMLCanvasElement | null>;
  colors: Record<string, string>;
  ranked: string[];
  /** The versioned data package (release.json); null when the build's release file could not be read. */
  release: Promise<Release | null>;
}

function save(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads of what the reader is looking at, and of everything, each with the licence. */
export function mountDownloads(root: HTMLElement, store: Store, data: Dataset, opts: DownloadOptions): void {
  const current = () => filterDeployments(data, store.getState().filters);
  const button = (label: string, testid: string, action: () => void | Promise<void>) => {
    const b = el('button', { type: 'button', class: 'link-button', 'data-testid': testid }, label);
    b.addEventListener('click', () => void action());
    return el('li', {}, b);
  };
  // The release is a file the build wrote, so a plain link; it takes its place once release.json is read.
  const release = el('li', { hidden: true });
  void opts.release.then((r) => {
    if (!r) return release.remove();
    release.append(releaseLink(r, 'download-package'));
    release.hidden = false;
  });
  root.append(
    el('h2', { class: 'small-heading' }, t('downloads.heading')),
    el(
      'ul',
      { class: 'downloads' },
      button(t('downloads.csv'), 'download-csv', () => save('sightlines-selection.csv', new Blob([deploymentsCsv(current(), data)], { type: 'text/csv' }))),
      button(t('downloads.geojson'), 'download-geojson', () => save('sightlines-selection.geojson', new Blob([deploymentsGeoJson(current(), data)], { type: 'application/geo+json' }))),
      button(t('downloads.all'), 'download-all', () => save('sightlines-all.csv', new Blob([deploymentsCsv(data.deployments, data)], { type: 'text/csv' }))),
      release,
      button(t('downloads.png'), 'download-png', async () => {
        const map = await opts.captureMap();
        if (map) save('sightlines-map.png', await composePng(map, store, data, opts));
      }),
    ),
    // The files carry the licence in English (LICENCE); the page says it in the reader's language.
    el('p', { class: 'hint' }, t('downloads.licence')),
  );
}

/** The map with a title, the result line, a vendor key and the credit, as one PNG. */
async function composePng(map: HTMLCanvasElement, store: Store, data: Dataset, opts: DownloadOptions): Promise<Blob> {
  const { filters } = store.getState();
  const pad = 16;
  const header = 56;
  const footer = 40;
  const out = document.createElement('canvas');
  out.width = map.width + 2 * pad;
  out.height = map.height + header + footer;
  const g = out.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, out.width, out.height);
  g.fillStyle = '#1d232b';
  g.font = 'bold 18px "Noto Sans", sans-serif';
  g.fillText(t('page.title'), pad, 24);
  g.font = '13px "Noto Sans", sans-serif';
  g.fillText(`${summaryText(summarize(data, filters), filters.to)} (${filters.from}–${filters.to})`, pad, 44);
  g.drawImage(map, pad, header);
  let x = pad;
  const y = header + map.height + 18;
  const vendorName = new Map(data.vendors.map((v) => [v.id, v.name]));
  for (const id of opts.ranked.slice(0, 7)) {
    g.fillStyle = vendorColor(opts.colors, id);
    g.beginPath();
    g.arc(x + 5, y - 4, 5, 0, 2 * Math.PI);
    g.fill();
    g.fillStyle = '#1d232b';
    const name = vendorName.get(id) ?? id;
    g.fillText(name, x + 14, y);
    x += 24 + g.measureText(name).width;
  }
  g.fillStyle = '#5b6572';
  g.font = '11px "Noto Sans", sans-serif';
  g.fillText(t('downloads.pngCredit', { licence: t('downloads.licence') }), pad, y + 16);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
