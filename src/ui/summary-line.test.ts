import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/i18n.ts';
import { summaryText } from './summary-line.ts';

afterEach(() => {
  setLanguage('en');
});

const many = { deployments: 1234, countries: 57, briCountries: 31 };
const one = { deployments: 1, countries: 1, briCountries: 1 };
const oneOut = { deployments: 3, countries: 1, briCountries: 0 };
const none = { deployments: 0, countries: 0, briCountries: 0 };

describe('summaryText', () => {
  it('reads in English', () => {
    expect(summaryText(many, 2024)).toBe('1,234 deployments in 57 countries, 31 of them BRI members in 2024');
    expect(summaryText({ ...many, briCountries: 1 }, 2024)).toBe('1,234 deployments in 57 countries, 1 of them a BRI member in 2024');
    expect(summaryText(one, 2019)).toBe('1 deployment in 1 country, a BRI member in 2019');
    expect(summaryText(oneOut, 2019)).toBe('3 deployments in 1 country, not a BRI member in 2019');
    expect(summaryText(none, 2019)).toBe('No deployments match these filters.');
  });

  it('reads in German, years never grouped like numbers', () => {
    setLanguage('de');
    expect(summaryText(many, 2024)).toBe('1.234 Projekte in 57 Ländern, davon 31 im Jahr 2024 Mitglieder der Neuen Seidenstraße');
    expect(summaryText(one, 2019)).toBe('1 Projekt in 1 Land, im Jahr 2019 Mitglied der Neuen Seidenstraße');
    expect(summaryText(oneOut, 2019)).toBe('3 Projekte in 1 Land, im Jahr 2019 kein Mitglied der Neuen Seidenstraße');
    expect(summaryText(none, 2019)).toBe('Keine Projekte für diese Filter.');
  });

  it('reads in Spanish', () => {
    setLanguage('es');
    expect(summaryText(many, 2024)).toBe('1234 proyectos en 57 países, 31 de ellos miembros de la Franja y la Ruta en 2024');
    expect(summaryText(one, 2019)).toBe('1 proyecto en 1 país, miembro de la Franja y la Ruta en 2019');
    expect(summaryText(none, 2019)).toBe('Ningún proyecto coincide con estos filtros.');
  });

  it('reads in Portuguese, with the plural after 0', () => {
    setLanguage('pt');
    expect(summaryText(many, 2024)).toBe('1.234 projetos em 57 países, 31 deles membros da Nova Rota da Seda em 2024');
    expect(summaryText({ ...many, briCountries: 1 }, 2024)).toBe('1.234 projetos em 57 países, 1 deles membro da Nova Rota da Seda em 2024');
    expect(summaryText({ ...many, briCountries: 0 }, 2024)).toBe('1.234 projetos em 57 países, 0 deles membros da Nova Rota da Seda em 2024');
    expect(summaryText(one, 2019)).toBe('1 projeto em 1 país, membro da Nova Rota da Seda em 2019');
    expect(summaryText(oneOut, 2019)).toBe('3 projetos em 1 país, que não era membro da Nova Rota da Seda em 2019');
    expect(summaryText(none, 2019)).toBe('Nenhum projeto corresponde a estes filtros.');
  });

  it('reads in French, with the singular after 0', () => {
    setLanguage('fr');
    expect(summaryText(many, 2024)).toBe('1\u202f234 projets dans 57 pays, dont 31 membres des nouvelles routes de la soie en 2024');
    expect(summaryText({ ...many, briCountries: 0 }, 2024)).toBe('1\u202f234 projets dans 57 pays, dont 0 membre des nouvelles routes de la soie en 2024');
    expect(summaryText(one, 2019)).toBe('1 projet dans 1 pays, membre des nouvelles routes de la soie en 2019');
    expect(summaryText(oneOut, 2019)).toBe('3 projets dans 1 pays, non membre des nouvelles routes de la soie en 2019');
    expect(summaryText(none, 2019)).toBe('Aucun projet ne correspond à ces filtres.');
  });
});
