import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { MapData } from '../data/schema.ts';
import type { FacetKey } from './facets.ts';
import { defaultFilters, normalizeFilters, WORLD_VIEW, type AppState, type BriChoice, type View } from './filters.ts';

export interface Actions {
  /** Adds a value to a facet's choice, or takes it out. */
  toggle(key: FacetKey, value: string): void;
  /** Sets a facet's choice; [] is everything. */
  setFacet(key: FacetKey, values: string[]): void;
  toggleVendor(id: string): void;
  setVendors(ids: string[]): void;
  setYears(from: number, to: number): void;
  setBri(choice: BriChoice): void;
  select(id: string | null): void;
  selectCountry(iso3: string | null): void;
  setView(view: View): void;
  /** Replace the whole state (from a link or the back button), cleaned against the data. */
  restore(state: AppState): void;
  resetFilters(): void;
}

export type Store = ReturnType<typeof createAppStore>;

export function initialState(data: MapData, view: View = WORLD_VIEW): AppState {
  return { filters: defaultFilters(data.years), selected: null, country: null, view };
}

/** The single source of truth: the map and every panel subscribe to it and call its actions. */
export function createAppStore(data: MapData, start: AppState = initialState(data)) {
  const ids = new Set(data.deployments.map((d) => d.id));
  const countries = new Set(data.countries.map((c) => c.iso3));
  const clean = (s: AppState): AppState => ({
    filters: normalizeFilters(s.filters, data),
    selected: s.selected && ids.has(s.selected) ? s.selected : null,
    country: s.country && countries.has(s.country) ? s.country : null,
    view: s.view,
  });

  return createStore<AppState & Actions>()(
    subscribeWithSelector((set, get) => {
      const setFilters = (patch: Partial<AppState['filters']>) =>
        set({ filters: normalizeFilters({ ...get().filters, ...patch }, data) });
      return {
        ...clean(start),
        toggle: (key, value) => {
          const current = get().filters[key];
          setFilters({ [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] });
        },
        setFacet: (key, values) => setFilters({ [key]: values }),
        toggleVendor: (id) => get().toggle('vendors', id),
        setVendors: (vendors) => setFilters({ vendors }),
        setYears: (from, to) => setFilters({ from, to }),
        setBri: (bri) => setFilters({ bri }),
        select: (id) => set({ selected: id && ids.has(id) ? id : null }),
        selectCountry: (iso3) => set({ country: iso3 && countries.has(iso3) ? iso3 : null, selected: null }),
        setView: (view) => set({ view }),
        restore: (state) => set(clean(state)),
        resetFilters: () => set({ filters: defaultFilters(data.years) }),
      };
    }),
  );
}
