import { describe, expect, it } from 'vitest';
import { isQuoteFile, quotesPath, splitQuotes } from './quotes.ts';
import type { Dataset, Source } from './schema.ts';
import { TEST_DATA } from '../test-fixtures.ts';

const source = (quote: string): Source => ({ url: `https://example.org/${quote}`, publisher: 'P', published: '', title: '', language: 'en', note: '', quote, checked: quote ? '2026-12-04' : '' });

describe('splitQuotes', () => {
  const [srbA, srbB, argA] = TEST_DATA.deployments;
  const dataset: Dataset = {
    ...TEST_DATA,
    generated: 'build-1',
    deployments: [
      { ...srbA!, sources: [source('first'), source(''), source('third')] },
      { ...argA!, sources: [source('jujuy')] },
      { ...srbB!, sources: [source('belgrade')] },
    ],
  };
  const { records, files } = splitQuotes(dataset);

  it("puts every quote in its country's file, in source order, and none in the records", () => {
    expect(files.map((f) => f.country)).toEqual(['ARG', 'SRB']);
    expect(files[1]!.quotes).toEqual({ 'srb-a': ['first', '', 'third'], 'srb-b': ['belgrade'] });
    expect(files[0]!.quotes).toEqual({ 'arg-a': ['jujuy'] });
    expect(records.deployments.flatMap((d) => d.sources.map((s) => s.quote))).toEqual(['', '', '', '', '']);
    // Everything else of a source stays with the record.
    expect(records.deployments[0]!.sources[2]!.url).toBe('https://example.org/third');
    expect(records.deployments[0]!.sources[2]!.checked).toBe('2026-12-04');
    expect(dataset.deployments[0]!.sources[0]!.quote).toBe('first'); // the input is not changed
  });

  it('accepts a file only for its own country and build', () => {
    const srb = JSON.parse(JSON.stringify(files[1]));
    expect(isQuoteFile(srb, 'SRB', 'build-1')).toBe(true);
    expect(isQuoteFile(srb, 'ARG', 'build-1')).toBe(false);
    expect(isQuoteFile(srb, 'SRB', 'build-2')).toBe(false);
    expect(isQuoteFile({ ...srb, quotes: { 'srb-a': [1] } }, 'SRB', 'build-1')).toBe(false);
    expect(isQuoteFile(null, 'SRB', 'build-1')).toBe(false);
    expect(quotesPath('SRB')).toBe('quotes/SRB.json');
  });
});
