import { describe, expect, it } from 'vitest';
import { isBriMember } from './bri.ts';

const italy = { country: 'ITA', mouYear: 2019, leftYear: 2023, sourceUrl: '', note: '' };
const serbia = { country: 'SRB', mouYear: 2015, leftYear: null, sourceUrl: '', note: '' };

describe('BRI membership as of a year', () => {
  it('starts in the year of signing', () => {
    expect(isBriMember(serbia, 2014)).toBe(false);
    expect(isBriMember(serbia, 2015)).toBe(true);
    expect(isBriMember(serbia, 2030)).toBe(true);
  });
  it('counts Italy from 2019 to 2022 only', () => {
    expect([2018, 2019, 2022, 2023].map((y) => isBriMember(italy, y))).toEqual([false, true, true, false]);
  });
  it('never counts a country without a memorandum, or with an unsourced year', () => {
    expect(isBriMember(undefined, 2020)).toBe(false);
    expect(isBriMember({ ...serbia, mouYear: null }, 2020)).toBe(false);
  });
});
