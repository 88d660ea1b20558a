import type { Release } from '../data/release.ts';
import { formatDate, formatNumber, t } from '../i18n/i18n.ts';
import { el } from './dom.ts';

/** A link to the release zip, saying its version, date and size: "Data package 1.0.0 of 22 November 2026 (ZIP, 160 KB)". */
export function releaseLink(release: Release, testid: string): HTMLAnchorElement {
  const size = `${formatNumber(Math.max(1, Math.round(release.bytes / 1024)))} KB`;
  return el(
    'a',
    // rel as on every other link in the About panel: the file is ours, but the rule is simplest kept whole.
    { href: `./data/${release.file}`, download: release.file, type: 'application/zip', rel: 'noopener noreferrer', 'data-testid': testid, 'data-version': release.version },
    t('downloads.package', { version: release.version, date: formatDate(release.date), size }),
  );
}
