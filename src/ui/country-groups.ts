// A country's profile lists its deployments by who sold them and on what terms: the question
// the map exists for, answered for one country.
import type { MapDeployment } from '../data/schema.ts';
import { facet, type FacetContext } from '../store/facets.ts';

export interface CountryGroup<D> {
  /** The vendors' home countries (a deployment with vendors from two countries has both). */
  origins: readonly string[];
  /** The financing, or "not_stated". */
  terms: string;
  list: D[];
}

/**
 * Deployments grouped by vendor origin and terms, keeping each group's deployments in the given
 * order. Groups with a Chinese vendor come first (the map's question), then by size, then by name.
 */
export function groupByOriginAndTerms<D extends MapDeployment>(list: readonly D[], ctx: FacetContext): CountryGroup<D>[] {
  const origins = facet('origins');
  const terms = facet('terms');
  const groups = new Map<string, CountryGroup<D>>();
  for (const d of list) {
    const o = origins.of(d, ctx);
    const k = terms.of(d, ctx)[0]!;
    const key = `${o.join(';')}|${k}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { origins: o, terms: k, list: [] }));
    g.list.push(d);
  }
  const chinese = (g: CountryGroup<D>) => (g.origins.includes('CHN') ? 0 : 1);
  return [...groups.values()].sort(
    (a, b) => chinese(a) - chinese(b) || b.list.length - a.list.length || a.origins.join().localeCompare(b.origins.join()) || a.terms.localeCompare(b.terms),
  );
}
