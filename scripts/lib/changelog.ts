// data/CHANGELOG.md drives the release: its top entry's heading gives the version and date.
import type { Problem } from './problems.ts';

export interface ReleaseEntry {
  version: string;
  /** YYYY-MM-DD */
  date: string;
  title: string;
  line: number;
}

export const CHANGELOG = 'CHANGELOG.md';
export const HEADING_FORMAT = '## 1.2.0 (2026-11-22): what changed';

const HEADING = /^## (\d+)\.(\d+)\.(\d+) \((\d{4}-\d{2}-\d{2})\): (\S.*)$/;

function realDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const compare = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;

/**
 * Every release in the changelog, newest first. Each `## ` heading must read like HEADING_FORMAT,
 * with a real date and a semantic version below the entry above it; anything else is a problem
 * with its line, so a release can never go out with a version nobody wrote.
 */
export function parseChangelog(text: string, problems: Problem[]): ReleaseEntry[] {
  const entries: (ReleaseEntry & { parts: number[] })[] = [];
  const problem = (line: number, message: string) => problems.push({ file: CHANGELOG, line, field: '', message });
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!line.startsWith('## ')) return;
    const m = HEADING.exec(line);
    if (!m) return problem(i + 1, `the heading "${line.slice(0, 80)}" is not like "${HEADING_FORMAT}" (version, date in brackets, colon, what changed)`);
    const [, major, minor, patch, date, title] = m;
    if (!realDate(date!)) return problem(i + 1, `"${date}" is not a real date`);
    const parts = [Number(major), Number(minor), Number(patch)];
    const above = entries.at(-1);
    if (above && compare(parts, above.parts) >= 0) return problem(i + 1, `version ${parts.join('.')} is not below ${above.version}, the entry above it`);
    if (above && date! > above.date) return problem(i + 1, `${date} is later than ${above.date}, the date of the entry above it`);
    entries.push({ version: parts.join('.'), date: date!, title: title!, line: i + 1, parts });
  });
  if (entries.length === 0 && problems.length === 0) problem(0, `has no release heading; the top one must read like "${HEADING_FORMAT}"`);
  return entries.map(({ parts: _p, ...e }) => e);
}
