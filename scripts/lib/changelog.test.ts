import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChangelog } from './changelog.ts';
import { formatProblem, type Problem } from './problems.ts';

function parsed(text: string) {
  const problems: Problem[] = [];
  const entries = parseChangelog(text, problems);
  return { entries, problems: problems.map(formatProblem) };
}

describe('the changelog', () => {
  it('gives every release, newest first, with version, date, title and line', () => {
    const { entries, problems } = parsed('# Data changelog\n\nIntro.\n\n## 1.1.0 (2026-12-01): Brazil pass\n\n- x\n\n## 1.0.0 (2026-11-22): first release\n');
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { version: '1.1.0', date: '2026-12-01', title: 'Brazil pass', line: 5 },
      { version: '1.0.0', date: '2026-11-22', title: 'first release', line: 9 },
    ]);
  });

  it.each([
    ['the old heading format', '# C\n\n## 2026-11-22: first release\n', 'CHANGELOG.md:3: the heading "## 2026-11-22: first release" is not like "## 1.2.0 (2026-11-22): what changed"'],
    ['a version with two parts', '## 1.0 (2026-11-22): x\n', 'CHANGELOG.md:1: the heading "## 1.0 (2026-11-22): x" is not like'],
    ['no title', '## 1.0.0 (2026-11-22)\n', 'CHANGELOG.md:1: the heading'],
    ['an impossible date', '## 1.0.0 (2026-02-30): x\n', 'CHANGELOG.md:1: "2026-02-30" is not a real date'],
    ['a version that does not fall going down', '## 1.0.0 (2026-12-01): b\n\n## 1.0.0 (2026-11-22): a\n', 'CHANGELOG.md:3: version 1.0.0 is not below 1.0.0, the entry above it'],
    ['versions compared as numbers, not text', '## 1.9.0 (2026-12-01): b\n\n## 1.10.0 (2026-11-22): a\n', 'CHANGELOG.md:3: version 1.10.0 is not below 1.9.0'],
    ['a date later than the entry above', '## 1.1.0 (2026-11-01): b\n\n## 1.0.0 (2026-11-22): a\n', 'CHANGELOG.md:3: 2026-11-22 is later than 2026-11-01'],
    ['no release at all', '# Data changelog\n\nNothing yet.\n', 'CHANGELOG.md: has no release heading'],
  ])('fails with file and line on %s', (_name, text, expected) => {
    expect(parsed(text).problems.join('\n')).toContain(expected);
  });
});

describe('the data build command and the changelog', () => {
  const GOOD = join(import.meta.dirname, '../../tests/fixtures/good');
  const run = (edit: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'sightlines-changelog-'));
    cpSync(GOOD, dir, { recursive: true });
    edit(dir);
    const out = join(dir, 'out');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--in', dir, '--out', out], { encoding: 'utf8' });
    return { status: r.status, stderr: r.stderr, wrote: existsSync(out) };
  };

  it('exits 1 and writes nothing when the top entry cannot be parsed', () => {
    const r = run((dir) => writeFileSync(join(dir, 'CHANGELOG.md'), readFileSync(join(dir, 'CHANGELOG.md'), 'utf8').replace('## 0.2.0 (2026-02-01):', '## v0.2.0 2026-02-01:')));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('CHANGELOG.md:3: the heading "## v0.2.0 2026-02-01: second fixture release" is not like');
    expect(r.wrote).toBe(false);
  });

  it('reports a missing licence with the data problems, all in one run', () => {
    const r = run((dir) => {
      rmSync(join(dir, 'LICENSE'));
      writeFileSync(join(dir, 'vendors.csv'), readFileSync(join(dir, 'vendors.csv'), 'utf8').replace('JPN', 'XXX'));
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('LICENSE: is missing from the input folder');
    expect(r.stderr).toContain('vendors.csv:3: hq_country_iso3: "XXX" is not an ISO');
  });
});
