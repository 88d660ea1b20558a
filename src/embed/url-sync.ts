import type { AppState } from '../store/filters.ts';
import type { Store } from '../store/store.ts';
import { decodeState, encodeState, STATE_PARAMS } from './url-state.ts';

/** The query string for `state`, keeping parameters that are not ours (embed, lang, ...). */
export function searchFor(state: AppState, defaults: AppState, current: string): string {
  const params = encodeState(state, defaults);
  const keep = new URLSearchParams(current);
  for (const key of STATE_PARAMS) keep.delete(key);
  for (const [k, v] of keep) params.append(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * Keeps the address bar and the store in step. Filter and selection changes add a history entry,
 * so Back undoes them; panning and zooming only replace the current one.
 */
export function bindUrl(store: Store, defaults: AppState): void {
  let restoring = false;
  let last = store.getState();
  store.subscribe((state) => {
    if (restoring) {
      last = state;
      return;
    }
    const search = searchFor(state, defaults, location.search);
    if (search !== location.search) {
      const onlyView = state.filters === last.filters && state.selected === last.selected && state.country === last.country;
      const url = `${location.pathname}${search}${location.hash}`;
      if (onlyView) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    last = state;
  });
  window.addEventListener('popstate', () => {
    restoring = true;
    try {
      store.getState().restore(decodeState(location.search, defaults));
    } finally {
      restoring = false;
    }
  });
}
