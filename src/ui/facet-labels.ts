// How the page names a facet's values (facets.ts): vendor names from the data, country names in
// the page's language, the dataset's vocabulary from the messages.
import type { MapData } from '../data/schema.ts';
import { countryNames } from '../i18n/countries.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { facet, UNKNOWN, type FacetKey } from '../store/facets.ts';

export type FacetLabeler = (key: FacetKey, value: string) => string;

/** A labeler for `data`'s values; call after the page's language and country names are set. */
export function facetLabeler(data: Pick<MapData, 'vendors' | 'countries'>): FacetLabeler {
  const vendors = new Map(data.vendors.map((v) => [v.id, v.name]));
  const countries = countryNames(data.countries);
  return (key, value) => {
    const labels = facet(key).labels;
    if (labels.kind === 'vendor') return vendors.get(value) ?? value;
    if (labels.kind === 'country') return value === UNKNOWN ? t('origin.unknown') : (countries.get(value) ?? value);
    return t(`${labels.prefix}.${value}` as MessageKey);
  };
}
