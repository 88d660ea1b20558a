// The page's language: which one a reader gets, and the words and number and date formats for it.
//
// The language is chosen once, at start (main.ts calls setLanguage); panels call t() and the
// formatters as they render. Switching language reloads the page with another lang= parameter, so
// nothing here has to notify anyone.
import { de, en, es, fr, pt, type Messages, type Plural } from './messages.ts';

export const LANGUAGES = ['en', 'de', 'es', 'pt', 'fr'] as const;
export type Lang = (typeof LANGUAGES)[number];
export type MessageKey = keyof Messages;
export type Params = Record<string, string | number>;

/** Each language in its own words, for the language switch. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', de: 'Deutsch', es: 'Español', pt: 'Português', fr: 'Français' };

const CATALOGUES: Record<Lang, Messages> = { en, de, es, pt, fr };

/**
 * What Intl formats with. English stays British, as the page has always written "1,200".
 * Portuguese is Brazil's, as the catalogue is written (1.200, "16 de maio de 2019").
 */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', de: 'de-DE', es: 'es-ES', pt: 'pt-BR', fr: 'fr-FR' };

/**
 * Where plural forms follow other rules than LOCALES. CLDR's Brazilian rules put 0 with 1 (for
 * "0,5 milhão"), but for the whole numbers this page counts Portuguese writes "0 projetos",
 * "1 projeto": Portugal's rules, which differ from Brazil's only for 0 and for fractions.
 */
const PLURAL_LOCALES: Partial<Record<Lang, string>> = { pt: 'pt-PT' };

/** A language tag's primary subtag when it is one of ours: "de-AT" and "DE" give "de"; anything else null. */
export function supported(tag: unknown): Lang | null {
  if (typeof tag !== 'string' || tag.length > 35) return null;
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i.exec(tag.trim());
  const primary = m?.[1]?.toLowerCase();
  return (LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Lang) : null;
}

/**
 * The language for a page: `lang` in the query string if it names one of ours; otherwise the first
 * of the browser's languages whose primary subtag is one of ours; otherwise English. A missing,
 * unknown or hostile value is passed over silently. Pure: pass location.search and
 * navigator.languages.
 */
export function pickLanguage(search: string, navigatorLanguages: readonly string[] | null | undefined): Lang {
  let fromUrl: string | null = null;
  try {
    fromUrl = new URLSearchParams(search.length > 20_000 ? '' : search).get('lang');
  } catch {
    fromUrl = null;
  }
  const chosen = supported(fromUrl);
  if (chosen) return chosen;
  for (const tag of navigatorLanguages ?? []) {
    const lang = supported(tag);
    if (lang) return lang;
  }
  return 'en';
}

export interface Translator {
  lang: Lang;
  locale: string;
  /** The message for `key`, with {name} placeholders filled and, for plural messages, the form for `params.count`. */
  t(key: MessageKey, params?: Params): string;
  /** A number as this language writes it: 1,200 / 1.200. */
  number(n: number): string;
  /** An ISO date ("2019-05-16", "2019-05") as this language writes it; anything else unchanged. */
  date(iso: string): string;
  /** Compares two strings in this language's alphabetical order. */
  compare(a: string, b: string): number;
}

const isPlural = (m: string | Plural): m is Plural => typeof m === 'object';

export function createTranslator(lang: Lang): Translator {
  const locale = LOCALES[lang];
  const messages = CATALOGUES[lang];
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(PLURAL_LOCALES[lang] ?? locale);
  const day = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const collator = new Intl.Collator(locale);

  const fill = (text: string, params: Params) =>
    // One pass: text that a parameter brings in (a vendor's name, say) is never read for placeholders.
    text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!Object.hasOwn(params, name)) return whole;
      const v = params[name];
      return typeof v === 'number' ? numbers.format(v) : String(v);
    });

  return {
    lang,
    locale,
    t(key, params = {}) {
      // A key unknown at run time (never, if tsc passes) shows in English, or as itself.
      const m: string | Plural | undefined = messages[key] ?? en[key];
      if (m === undefined) return String(key);
      if (!isPlural(m)) return fill(m, params);
      const count = typeof params.count === 'number' ? params.count : Number.NaN;
      const form = Number.isFinite(count) ? m[plurals.select(count)] : undefined;
      return fill(form ?? m.other, params);
    },
    number: (n) => numbers.format(n),
    date(iso) {
      const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
      if (!m) return iso;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
      const at = new Date(Date.UTC(y, mo - 1, d));
      // 2019-02-30 is not a date: show what the data says rather than 2 March.
      if (at.getUTCFullYear() !== y || at.getUTCMonth() !== mo - 1 || at.getUTCDate() !== d) return iso;
      return (m[3] === undefined ? month : day).format(at);
    },
    compare: (a, b) => collator.compare(a, b),
  };
}

let current = createTranslator('en');

/** Sets the page's language; main.ts calls it once, before anything renders. */
export function setLanguage(lang: Lang): Translator {
  current = createTranslator(lang);
  return current;
}

export const language = (): Lang => current.lang;
export const locale = (): string => current.locale;
export const t = (key: MessageKey, params?: Params): string => current.t(key, params);
export const formatNumber = (n: number): string => current.number(n);
export const formatDate = (iso: string): string => current.date(iso);
export const compareText = (a: string, b: string): number => current.compare(a, b);

/**
 * A word from the dataset's vocabulary (type, status, ...) in the page's language. A value the
 * catalogue does not know (a newer dataset) is shown as the data writes it, underscores as spaces.
 */
export function term(group: 'type' | 'status' | 'yearMeaning' | 'financing' | 'confidence', value: string): string {
  const key = `${group}.${value}`;
  return Object.hasOwn(en, key) ? t(key as MessageKey) : value.replace(/_/g, ' ');
}

/** The same address with lang= set to `lang`; everything else in it is kept. */
export function withLanguage(href: string, lang: Lang): string {
  const url = new URL(href);
  url.searchParams.set('lang', lang);
  return url.href;
}
